package io.cognate.contracts.model;

import java.util.Set;

/**
 * One operation of an official AWS service model.
 *
 * @param name the action name ({@code CreateUserPool})
 * @param inputShape the input structure's shape name, or null when the operation takes no input
 * @param outputShape the output structure's shape name, or null
 * @param signed whether callers must sign with SigV4 ({@code authtype} is not {@code none})
 * @param errors the modeled error codes
 */
public record OperationModel(
        String name, String inputShape, String outputShape, boolean signed, Set<String> errors) {}
