package com.commerceconnectors.magento2.bulk;

import com.commerceconnectors.magento2.write.RecordInput;

import java.util.List;

/**
 * One asynchronous bulk request's share of the records.
 *
 * @param number     1-based
 * @param of         how many batches the exchange makes
 * @param firstIndex the index of its first record in the exchange's list
 * @param records    its records, in order
 */
record BulkBatch(int number, int of, int firstIndex, List<RecordInput> records) {

    BulkBatch {
        records = List.copyOf(records);
    }

    /** The exchange-wide index of the record at {@code position} in this batch. */
    int index(int position) {
        return firstIndex + position;
    }

    int lastIndex() {
        return firstIndex + records.size() - 1;
    }

    /** "bulk request 2 of 3 (records #100–#199)" */
    String describe() {
        return "bulk request " + number + " of " + of + " (" + range(firstIndex, lastIndex()) + ")";
    }

    static String range(int first, int last) {
        return first == last ? "record #" + first : "records #" + first + "–#" + last;
    }

    /** Splits the records into batches of at most {@code size}. */
    static List<BulkBatch> split(List<RecordInput> records, int size) {
        int count = (records.size() + size - 1) / size;
        List<BulkBatch> batches = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int from = i * size;
            batches.add(new BulkBatch(i + 1, count, from, records.subList(from, Math.min(records.size(), from + size))));
        }
        return batches;
    }
}
