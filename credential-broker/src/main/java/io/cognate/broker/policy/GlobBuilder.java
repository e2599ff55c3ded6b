package io.cognate.broker.policy;

import java.util.ArrayList;
import java.util.List;

/** Assembles a {@link Glob} from pattern text and plain text. */
final class GlobBuilder {

    private final StringBuilder text = new StringBuilder();
    private final List<Boolean> flags = new ArrayList<>();

    GlobBuilder pattern(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            text.append(c);
            flags.add(c == '*' || c == '?');
        }
        return this;
    }

    GlobBuilder plain(String plain) {
        text.append(plain);
        for (int i = 0; i < plain.length(); i++) {
            flags.add(false);
        }
        return this;
    }

    Glob build() {
        boolean[] wildcard = new boolean[flags.size()];
        for (int i = 0; i < wildcard.length; i++) {
            wildcard[i] = flags.get(i);
        }
        return new Glob(text.toString(), wildcard);
    }
}
