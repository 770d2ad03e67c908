package eu.socialmap.platform.boundary;

import java.sql.SQLException;

/** Turns a database failure deep in a stack into one sentence a person running the portal can act on. */
final class DatabaseErrors {

    private DatabaseErrors() {
    }

    static String explain(Throwable error) {
        Throwable cause = error;
        SQLException sql = null;
        while (cause != null) {
            if (cause instanceof SQLException e) {
                sql = e;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        if (sql == null) {
            return firstLine(error.getMessage());
        }
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("08")) {
            return "cannot reach the database (" + firstLine(sql.getMessage())
                    + "). Check DB_URL, or unset it to use the embedded database.";
        }
        if (state.startsWith("28")) {
            return "the database refused DB_USER/DB_PASSWORD (" + firstLine(sql.getMessage()) + ").";
        }
        return firstLine(sql.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
