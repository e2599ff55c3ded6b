package io.cognate.userpool.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.error.InvalidParameterException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupOrderTest {

    @Test
    void sortWhenPrecedencesMixedThenLowestFirstNoneLastTiesByName() {
        List<GroupOrder> groups =
                new ArrayList<>(
                        List.of(
                                new GroupOrder(null, "b"),
                                new GroupOrder(3, "x"),
                                new GroupOrder(0, "z"),
                                new GroupOrder(null, "a"),
                                new GroupOrder(3, "c")));

        groups.sort(null);

        assertThat(groups)
                .containsExactly(
                        new GroupOrder(0, "z"),
                        new GroupOrder(3, "c"),
                        new GroupOrder(3, "x"),
                        new GroupOrder(null, "a"),
                        new GroupOrder(null, "b"));
    }

    @Test
    void decodeWhenEncodedThenSamePositionEvenWithSlashesInTheName() {
        for (GroupOrder position :
                List.of(new GroupOrder(7, "a/b/c"), new GroupOrder(null, "plain"))) {
            assertThat(GroupOrder.decode(position.encode())).isEqualTo(position);
        }
    }

    @Test
    void decodeWhenTokenIsForgedThenInvalidParameter() {
        for (String forged :
                List.of("%%%", encode("x1/1/a"), encode("g1/one/a"), encode("g1/1/"), "")) {
            assertThatThrownBy(() -> GroupOrder.decode(forged))
                    .isInstanceOf(InvalidParameterException.class)
                    .hasMessage("Invalid pagination token.");
        }
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes());
    }
}
