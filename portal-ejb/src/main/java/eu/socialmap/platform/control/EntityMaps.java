package eu.socialmap.platform.control;

import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Entities read for a whole page at once, by their ids: one query, whatever the page's size. */
public final class EntityMaps {

    private EntityMaps() {
    }

    /**
     * The entities of this type with these ids, by id (an id that names none is left out); no query for no id. The
     * type's entity name is its simple class name.
     */
    public static <T> Map<Long, T> byId(EntityManager em, Class<T> type, Collection<Long> ids, Function<T, Long> id) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.id IN :ids", type)
                .setParameter("ids", List.copyOf(ids)).getResultList().stream()
                .collect(Collectors.toMap(id, entity -> entity));
    }
}
