package com.acme.churn.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderIT {

    @Test
    void reads_rows_skipping_comments() {
        assertEquals(1, new CsvReader().read(List.of("# c", "a,b")).size());
    }

    @Test
    void reads_header() {
        assertEquals("a,b", new CsvReader().header(List.of("a,b")));
    }
}
