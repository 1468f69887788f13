package com.commerceconnectors.connection.validation;

import com.commerceconnectors.connection.document.Pointers;
import com.commerceconnectors.connection.schema.ConnectionSchema;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The schema nodes a validator error passed through, from the root to the failing keyword, with {@code $ref}
 * followed. It answers two questions the translator asks: which schema owns the keyword, and which if/then/else rule
 * (if any) made the keyword apply.
 */
final class SchemaTrail {

    /** One step: the segment taken and the node it led to. */
    private record Step(String segment, JsonNode from, JsonNode to) {
    }

    /**
     * The innermost if/then/else rule around the keyword.
     *
     * @param branch         {@code then} or {@code else}
     * @param condition      the rule's {@code if} schema
     * @param subjectPointer the document value the {@code if} looked at
     */
    record Branch(String branch, JsonNode condition, String subjectPointer) {
    }

    private final List<Step> steps;

    private SchemaTrail(List<Step> steps) {
        this.steps = steps;
    }

    static SchemaTrail follow(ConnectionSchema schema, NodePath evaluationPath) {
        List<Step> steps = new ArrayList<>();
        JsonNode node = schema.root();
        for (int i = 0; i < evaluationPath.getNameCount(); i++) {
            Object element = evaluationPath.getElement(i);
            String segment = String.valueOf(element);
            JsonNode next;
            if (segment.equals("$ref")) {
                next = schema.resolveRef(node.path("$ref").asText(null));
            } else if (element instanceof Integer index) {
                next = node.path(index);
            } else if (node.isArray() && segment.chars().allMatch(Character::isDigit) && !segment.isEmpty()) {
                next = node.path(Integer.parseInt(segment));
            } else {
                next = node.path(segment);
            }
            steps.add(new Step(segment, node, next == null ? MissingNode.getInstance() : next));
            node = next == null ? MissingNode.getInstance() : next;
        }
        return new SchemaTrail(steps);
    }

    /** The schema object whose keyword failed (for a {@code false} schema, the property map entry that is false). */
    JsonNode keywordOwner() {
        return steps.isEmpty() ? MissingNode.getInstance() : steps.get(steps.size() - 1).from();
    }

    /**
     * The innermost then/else around the keyword, with the document pointer its {@code if} examined: the error's
     * instance pointer, less one level for each property the schema descended into after the branch.
     */
    Optional<Branch> innermostBranch(String instancePointer) {
        for (int k = steps.size() - 1; k >= 0; k--) {
            String segment = steps.get(k).segment();
            if (!segment.equals("then") && !segment.equals("else")) {
                continue;
            }
            JsonNode condition = steps.get(k).from().path("if");
            if (condition.isMissingNode()) {
                continue;
            }
            int depth = 0;
            for (int j = k + 1; j < steps.size() - 1; j++) {
                String s = steps.get(j).segment();
                if (s.equals("properties") || s.equals("patternProperties")) {
                    depth++;
                    j++;
                }
            }
            String subject = instancePointer;
            for (int d = 0; d < depth; d++) {
                subject = Pointers.parent(subject);
            }
            return Optional.of(new Branch(segment, condition, subject));
        }
        return Optional.empty();
    }
}
