package eu.socialmap.immersion.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * When an offer is possible and how many visitors it takes then. {@code taken} is changed only by the conditional
 * updates of {@code ImmersionBookings} (never through this entity), so the places hold under concurrent requests.
 */
@Entity
@Table(name = "immersion_period")
@NamedQuery(name = OfferPeriod.OF_OFFER, query = "SELECT p FROM OfferPeriod p WHERE p.offerId = :offer ORDER BY p.firstDay, p.id")
@NamedQuery(name = OfferPeriod.OF_OFFERS, query = "SELECT p FROM OfferPeriod p WHERE p.offerId IN :offers ORDER BY p.firstDay, p.id")
public class OfferPeriod implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_OFFER = "OfferPeriod.ofOffer";
    public static final String OF_OFFERS = "OfferPeriod.ofOffers";
    /** The most visitors one period may take. */
    public static final int MAX_PLACES = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "offer_id")
    private long offerId;
    @Column(name = "first_day")
    private LocalDate firstDay;
    @Column(name = "last_day")
    private LocalDate lastDay;
    @Column(name = "places")
    private int places;
    @Column(name = "taken", insertable = false, updatable = false)
    private int taken;

    protected OfferPeriod() {
        // for JPA
    }

    public OfferPeriod(long offerId, LocalDate firstDay, LocalDate lastDay, int places) {
        this.offerId = offerId;
        change(firstDay, lastDay, places);
    }

    public void change(LocalDate first, LocalDate last, int newPlaces) {
        this.firstDay = first;
        this.lastDay = last;
        this.places = newPlaces;
    }

    /** Whether the days from {@code first} to {@code last} all fall in this period. */
    public boolean covers(LocalDate first, LocalDate last) {
        return !first.isBefore(firstDay) && !last.isAfter(lastDay);
    }

    public int getFree() {
        return Math.max(0, places - taken);
    }

    /** "3/3/2027 – 28/5/2027", for messages that list the periods. */
    public String label() {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d/M/yyyy");
        return firstDay.format(format) + " – " + lastDay.format(format);
    }

    public Long getId() { return id; }
    public long getOfferId() { return offerId; }
    public LocalDate getFirstDay() { return firstDay; }
    public LocalDate getLastDay() { return lastDay; }
    public int getPlaces() { return places; }
    public int getTaken() { return taken; }
}
