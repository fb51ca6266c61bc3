package com.acme.churn.io;

import java.util.ArrayList;
import java.util.List;

/** Reads rows; mostly untested on purpose. */
public final class CsvReader {

    public List<String[]> read(List<String> lines) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(line.split(","));
        }
        return rows;
    }

    public String header(List<String> lines) {
        return lines.isEmpty() ? "" : lines.get(0);
    }
}
