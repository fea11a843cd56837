package kumo.application.records;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items the rows of this page, in the listing's order
 * @param page  the page number asked for (1-based)
 * @param size  the page size asked for
 * @param total how many rows the whole listing has
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** Whether a further page has rows. */
    public boolean hasNext() {
        return (long) page * size < total;
    }
}
