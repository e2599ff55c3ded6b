package io.cognate.infra;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} command-line options of the launcher entry points. */
final class LaunchArgs {

    private final Map<String, String> values;

    private LaunchArgs(Map<String, String> values) {
        this.values = values;
    }

    /** Parses {@code args}, accepting only the options in {@code known}. */
    static LaunchArgs parse(String[] args, List<String> known) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!known.contains(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException(
                        "usage: " + String.join(" <value> ", known) + " <value>; got " + args[i]);
            }
            values.put(args[i], args[i + 1]);
        }
        return new LaunchArgs(values);
    }

    Path path(String option) {
        String value = values.get(option);
        if (value == null) {
            throw new IllegalArgumentException(option + " is required");
        }
        return Path.of(value).toAbsolutePath();
    }

    int port(String option, int defaultPort) {
        String value = values.get(option);
        int port = value == null ? defaultPort : Integer.parseInt(value);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(option + " must be a TCP port, got " + value);
        }
        return port;
    }
}
