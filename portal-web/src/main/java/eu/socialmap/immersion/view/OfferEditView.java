package eu.socialmap.immersion.view;

import eu.socialmap.directory.boundary.Organisations;
import eu.socialmap.directory.boundary.ServiceCatalogue;
import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.immersion.boundary.ImmersionOffers;
import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A host's form for an immersion offer ({@code /immersions/edit}; {@code ?id=} to change one, {@code ?host=} for a
 * coordinator writing one for a host): every field of {@code OfferDetails}, periods as lines added and removed by
 * buttons that post the form (no JavaScript needed, nothing typed lost), then save as a draft or save and publish.
 * A refusal, "changed meanwhile" included, keeps what was typed; every rule is the service's.
 */
@Named
@ViewScoped
public class OfferEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "offer";

    @Inject
    ImmersionOffers offers;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    Organisations organisations;

    @Inject
    Callers callers;

    @Inject
    Notices notices;

    private String id;
    private String host;
    private Long hostId;
    private Long offerId;
    private long version;
    private ImmersionOffer offer;
    private String hostName;
    private OfferForm form = new OfferForm();
    private List<Choice> places = List.of();
    private List<Choice> colleagues = List.of();
    private List<TaxonomyTerm> themes = List.of();

    public void load() throws IOException {
        if (hostId != null) {
            return; // a postback of this view: the form holds what was typed
        }
        try {
            if (id != null && !id.isBlank()) {
                offer = offers.forEditing(PageIds.parse(id));
                offerId = offer.getId();
                version = offer.getVersion();
                hostId = offer.getHostId();
                form = OfferForm.of(offer, offers.periods(offerId));
            } else {
                hostId = host == null || host.isBlank() ? callers.current().getOrganisationId() : PageIds.parse(host);
                if (hostId == null) {
                    ErrorPages.send(403);
                    return;
                }
            }
            places = offers.placesOf(hostId).stream().map(OfferEditView::choice).toList();
            colleagues = offers.colleaguesOf(hostId).stream()
                    .map(person -> new Choice(person.getId(), person.getDisplayName())).toList();
        } catch (BusinessException refusal) {
            hostId = null;
            ErrorPages.send(refusal.kind() == BusinessException.Kind.FORBIDDEN ? 403 : 404);
            return;
        }
        themes = catalogue.terms(TaxonomyTerm.Taxonomy.THEME);
        try {
            hostName = organisations.visible(hostId).getLegalName();
        } catch (BusinessException notVisible) {
            hostName = "";
        }
        if (offerId == null && places.size() == 1) {
            form.setLocationId(places.get(0).id());
        }
    }

    /** Saves as it is (a new offer is a draft; a published one stays published). */
    public String save() {
        Long saved = store();
        if (saved == null) {
            return null;
        }
        notices.info(offerId == null ? "immersion.edit.created" : "immersion.edit.saved");
        notices.keepAcrossRedirect();
        return outcome(saved);
    }

    /** Saves what is typed, then publishes: the offer goes out as the host sees it. */
    public String saveAndPublish() {
        Long saved = store();
        if (saved == null) {
            return null;
        }
        try {
            offers.publish(saved);
            notices.info("immersion.edit.published");
        } catch (BusinessException refusal) {
            notices.info(offerId == null ? "immersion.edit.created" : "immersion.edit.saved");
            notices.error(refusal);
        }
        notices.keepAcrossRedirect(); // saved either way: the next save must not create it twice
        return outcome(saved);
    }

    public void addPeriod() {
        if (!form.addPeriod()) {
            notices.error("immersion.offer.tooManyPeriods", OfferForm.MAX_PERIODS);
        }
    }

    public void removePeriod(int line) {
        form.removePeriod(line);
    }

    private Long store() {
        try {
            if (offerId == null) {
                return offers.create(hostId, form.toDetails()).getId();
            }
            offers.update(offerId, version, form.toDetails());
            return offerId;
        } catch (BusinessException refusal) {
            notices.error(form.onForm(refusal), FORM);
            return null;
        }
    }

    /** An option of a list: a place or a colleague, small enough to stay with the view. */
    public record Choice(long id, String label) implements Serializable {
    }

    private static Choice choice(Location place) {
        String address = String.join(" ", List.of(nonNull(place.getPostcode()), nonNull(place.getCommune()))).strip();
        String where = String.join(", ", java.util.stream.Stream.of(place.getStreet(), address)
                .filter(part -> part != null && !part.isBlank()).toList());
        String name = nonNull(place.getName());
        return new Choice(place.getId(), name.isBlank() ? where : where.isBlank() ? name : name + " — " + where);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static String outcome(long id) {
        return "/immersions/edit?faces-redirect=true&id=" + id;
    }

    /** The lines the page may draw; those past the form's periods are not rendered. */
    public List<Integer> getLineNumbers() {
        return IntStream.range(0, OfferForm.MAX_PERIODS).boxed().toList();
    }

    public List<String> getDayChoices() {
        return IntStream.rangeClosed(ImmersionOffer.MIN_DAYS, ImmersionOffer.MAX_DAYS).mapToObj(String::valueOf).toList();
    }

    public boolean isPublished() {
        return offer != null && offer.isPublished();
    }

    public List<String> getLanguageCodes() { return List.of("fr", "nl", "en"); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }
    public Long getHostId() { return hostId; }
    public Long getOfferId() { return offerId; }
    public ImmersionOffer getOffer() { return offer; }
    public String getHostName() { return hostName; }
    public OfferForm getForm() { return form; }
    public List<Choice> getPlaces() { return places; }
    public List<Choice> getColleagues() { return colleagues; }
    public List<TaxonomyTerm> getThemes() { return themes; }
}
