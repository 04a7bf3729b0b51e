package jp.go.mhlw.kpi.api.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import jp.go.mhlw.kpi.application.supply.SupplyCaseQueries;

/**
 * Which page of a list a client asked for ({@code page} from 0, {@code size} lines), and the links to the pages
 * beside it that the answer carries in its {@code Link} header (RFC 8288, {@code rel="next"} and {@code "prev"}).
 * The list's order is stable, so following the links reads every line once while nothing is added.
 */
record ApiPage(int page, int size) {

    /** Lines in a page when the client does not say. */
    static final int DEFAULT_SIZE = 50;
    /** The most lines a client may ask for in one page. */
    static final int MAX_SIZE = SupplyCaseQueries.MAX_PAGE_SIZE;

    ApiPage {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page is beyond any list");
        }
    }

    /** From the query parameters as given: absent or blank for the defaults (the first page of 50). */
    static ApiPage of(String page, String size) {
        return new ApiPage(number(page, 0, "page"), number(size, DEFAULT_SIZE, "size"));
    }

    private static int number(String given, int absent, String name) {
        if (given == null || given.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(given.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number", e);
        }
    }

    /** The position of the page's first line. */
    int first() {
        return page * size;
    }

    /** The Link header's value for a list of {@code total} lines; empty when there is no page beside this one. */
    String links(long total, IntFunction<String> addressOfPage) {
        List<String> links = new ArrayList<>();
        if ((long) (page + 1) * size < total) {
            links.add("<" + addressOfPage.apply(page + 1) + ">; rel=\"next\"");
        }
        if (page > 0) {
            // beyond the end, the previous page is the last one
            int previous = (int) Math.min(page - 1, Math.max(0, (total - 1) / size));
            links.add("<" + addressOfPage.apply(previous) + ">; rel=\"prev\"");
        }
        return String.join(", ", links);
    }
}
