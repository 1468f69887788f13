package com.commerceconnectors.sandbox.oro.data;

/**
 * A relationship of a resource type.
 *
 * @param name       the relationship name, e.g. {@code owner}
 * @param targetType the related resource type, e.g. {@code users}
 * @param toMany     {@code true} for a to-many relationship ({@code data} is an array)
 */
public record Relation(String name, String targetType, boolean toMany) {
}
