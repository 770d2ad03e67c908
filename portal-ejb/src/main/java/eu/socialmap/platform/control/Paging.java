package eu.socialmap.platform.control;

/**
 * One page of a list that can grow: which page is shown (the asked one, kept within bounds), how many pages
 * there are, and where the page starts.
 */
public record Paging(int page, int pageCount, int firstResult, int pageSize) {

    public static Paging of(int askedPage, long total, int pageSize) {
        int pageCount = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int page = Math.min(Math.max(askedPage, 1), pageCount);
        return new Paging(page, pageCount, (page - 1) * pageSize, pageSize);
    }
}
