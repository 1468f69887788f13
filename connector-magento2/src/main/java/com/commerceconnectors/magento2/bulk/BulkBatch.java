package com.commerceconnectors.magento2.bulk;

import com.commerceconnectors.magento2.write.RecordInput;

import java.util.ArrayList;
import java.util.List;

/**
 * One asynchronous bulk request's share of the records.
 *
 * @param number  1-based
 * @param of      how many batches the exchange makes
 * @param indexes the exchange-wide index of each record, ascending (a run of indexes, unless records were taken out
 *                before sending)
 * @param records its records, in order
 */
record BulkBatch(int number, int of, List<Integer> indexes, List<RecordInput> records) {

    BulkBatch {
        indexes = List.copyOf(indexes);
        records = List.copyOf(records);
        if (indexes.size() != records.size()) {
            throw new IllegalArgumentException("one index per record");
        }
    }

    /** The exchange-wide index of the record at {@code position} in this batch. */
    int index(int position) {
        return indexes.get(position);
    }

    int firstIndex() {
        return indexes.get(0);
    }

    int lastIndex() {
        return indexes.get(indexes.size() - 1);
    }

    boolean isEmpty() {
        return records.isEmpty();
    }

    /** The same request without the records at these positions. */
    BulkBatch without(List<Integer> positions) {
        List<Integer> keptIndexes = new ArrayList<>();
        List<RecordInput> kept = new ArrayList<>();
        for (int p = 0; p < records.size(); p++) {
            if (!positions.contains(p)) {
                keptIndexes.add(indexes.get(p));
                kept.add(records.get(p));
            }
        }
        return new BulkBatch(number, of, keptIndexes, kept);
    }

    /** "bulk request 2 of 3 (records #100–#199)" */
    String describe() {
        boolean run = lastIndex() - firstIndex() == indexes.size() - 1;
        String which = run ? range(firstIndex(), lastIndex())
                : indexes.size() + " records of #" + firstIndex() + "–#" + lastIndex();
        return "bulk request " + number + " of " + of + " (" + which + ")";
    }

    static String range(int first, int last) {
        return first == last ? "record #" + first : "records #" + first + "–#" + last;
    }

    /** Splits the records into batches of at most {@code size}. */
    static List<BulkBatch> split(List<RecordInput> records, int size) {
        int count = (records.size() + size - 1) / size;
        List<BulkBatch> batches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int from = i * size;
            int to = Math.min(records.size(), from + size);
            List<Integer> indexes = new ArrayList<>(to - from);
            for (int index = from; index < to; index++) {
                indexes.add(index);
            }
            batches.add(new BulkBatch(i + 1, count, indexes, records.subList(from, to)));
        }
        return batches;
    }
}
