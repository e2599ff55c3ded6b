package io.cognate.broker.policy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A decision's matching statements as the internal endpoints answer them. */
public final class DecisionJson {

    private DecisionJson() {}

    /**
     * Adds {@code "matchedStatements": [{"policyName", "sid"?, "index", "effect"}]} to {@code
     * reply}.
     */
    public static ObjectNode matchedStatements(Decision decision, ObjectNode reply) {
        ArrayNode matched = reply.putArray("matchedStatements");
        for (MatchedStatement statement : decision.matchedStatements()) {
            ObjectNode item = matched.addObject();
            item.put("policyName", statement.policyName());
            if (statement.sid() != null) {
                item.put("sid", statement.sid());
            }
            item.put("index", statement.index());
            item.put("effect", statement.effect().wireName());
        }
        return reply;
    }
}
