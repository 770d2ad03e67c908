package eu.socialmap.directory.view;

import eu.socialmap.membership.boundary.Charter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public list of member organisations ({@code /members?page=…}). */
@Named
@RequestScoped
public class MembersView {

    static final int PAGE_SIZE = 50;

    @Inject
    Charter charter;

    private int page = 1;
    private Charter.Members result;

    public void load() {
        result = charter.members(page, PAGE_SIZE);
    }

    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
    public Charter.Members getResult() { return result; }
}
