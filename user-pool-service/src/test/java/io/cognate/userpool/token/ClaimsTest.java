package io.cognate.userpool.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.userpool.group.GroupEntity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsTest {

    @Test
    void preferredRoleWhenLowestPrecedenceIsUniqueThenItsRole() {
        assertThat(Claims.preferredRole(List.of(group(1, "A"), group(2, "B")))).isEqualTo("A");
    }

    @Test
    void preferredRoleWhenTwoGroupsShareTheLowestPrecedenceWithDifferentRolesThenNone() {
        assertThat(Claims.preferredRole(List.of(group(1, "A"), group(1, "B"), group(3, "C"))))
                .isNull();
        assertThat(Claims.preferredRole(List.of(group(null, "A"), group(null, "B")))).isNull();
    }

    @Test
    void preferredRoleWhenTiedGroupsShareTheRoleOrSomeHaveNoRoleThenThatRole() {
        assertThat(Claims.preferredRole(List.of(group(1, "A"), group(1, "A")))).isEqualTo("A");
        assertThat(Claims.preferredRole(List.of(group(0, null), group(4, "B")))).isEqualTo("B");
        assertThat(Claims.preferredRole(List.of(group(0, null)))).isNull();
    }

    @Test
    void rolesWhenGroupsRepeatRolesThenDistinctInGroupOrder() {
        assertThat(
                        Claims.roles(
                                List.of(
                                        group(1, "B"),
                                        group(2, null),
                                        group(3, "A"),
                                        group(4, "B"))))
                .containsExactly("B", "A");
    }

    private static GroupEntity group(Integer precedence, String roleArn) {
        GroupEntity group = new GroupEntity();
        group.name = "g" + precedence + roleArn;
        group.precedence = precedence;
        group.roleArn = roleArn;
        return group;
    }
}
