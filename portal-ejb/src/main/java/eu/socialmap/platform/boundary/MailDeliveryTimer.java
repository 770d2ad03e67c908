package eu.socialmap.platform.boundary;

import eu.socialmap.platform.control.OutboxDelivery;
import eu.socialmap.platform.control.SmtpSettings;
import eu.socialmap.platform.control.SmtpTransport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Wakes every 15 seconds ({@code MAIL_DELIVERY_SECONDS}: the tests wait for mails, so they use 2) and delivers the
 * outbox, a batch per transaction. The timer is not persistent: on several nodes each wakes its own, and the rows'
 * locks ({@link OutboxDelivery}) keep them from sending twice.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailDeliveryTimer {

    private static final Logger LOG = Logger.getLogger(MailDeliveryTimer.class.getName());

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Resource
    SessionContext context;

    @Resource
    TimerService timers;

    private Optional<SmtpTransport> transport = Optional.empty();
    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void configure() {
        Config config = ConfigProvider.getConfig();
        Map<String, String> smtp = new HashMap<>();
        for (String name : new String[]{"SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_FROM", "SMTP_TLS"}) {
            config.getOptionalValue(name, String.class).ifPresent(value -> smtp.put(name, value));
        }
        Optional<SmtpSettings> settings;
        try {
            settings = SmtpSettings.from(smtp);
        } catch (IllegalArgumentException e) {
            LOG.severe(SchemaMigration.STARTUP_FAILURE_MARKER + " the SMTP settings are wrong: " + e.getMessage());
            throw e;
        }
        transport = settings.map(SmtpTransport::new);
        long period = config.getOptionalValue("MAIL_DELIVERY_SECONDS", Long.class).filter(s -> s > 0).orElse(15L) * 1000;
        timers.createIntervalTimer(period, period, new TimerConfig(null, false));
        LOG.info(() -> settings.map(s -> "Mail goes out through " + s)
                .orElse("No SMTP_HOST: mails are kept in the outbox (Administration > Outbox)"));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void deliver() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous run is still busy (a slow SMTP server)
        }
        try {
            MailDeliveryTimer self = context.getBusinessObject(MailDeliveryTimer.class);
            while (self.deliverBatch() == OutboxDelivery.BATCH_SIZE) {
                // a full batch: there may be more
            }
        } finally {
            running.set(false);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deliverBatch() {
        return OutboxDelivery.deliverDue(em, transport, Instant.now());
    }
}
