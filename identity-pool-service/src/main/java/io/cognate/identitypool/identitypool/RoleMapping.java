package io.cognate.identitypool.identitypool;

import java.util.List;

/**
 * How the role of an authenticated identity is chosen for one provider: from the token ({@code
 * Token}) or by rules over its claims ({@code Rules}), and what happens when that is ambiguous.
 */
public record RoleMapping(
        String type, String ambiguousRoleResolution, RulesConfiguration rulesConfiguration) {

    public record RulesConfiguration(List<MappingRule> rules) {}

    public record MappingRule(String claim, String matchType, String value, String roleARN) {}
}
