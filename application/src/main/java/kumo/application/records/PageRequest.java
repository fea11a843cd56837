package kumo.application.records;

/**
 * Which page of a listing to return.
 *
 * @param page 1-based page number
 * @param size rows per page, 1–{@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

    /** The largest page size accepted. */
    public static final int MAX_SIZE = 1000;

    /** The first page of 50 rows. */
    public static PageRequest first() {
        return new PageRequest(1, 50);
    }

    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1–" + MAX_SIZE + ", was " + size);
        }
    }

    /** Rows to skip before this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
