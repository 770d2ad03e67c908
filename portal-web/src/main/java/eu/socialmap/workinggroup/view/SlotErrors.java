package eu.socialmap.workinggroup.view;

import eu.socialmap.platform.entity.InvalidInput;

import java.util.List;

/**
 * The service numbers the dates it was given; the form skips empty rows. This puts each error back on the row the
 * person typed ({@code slot-1} of the service may be the form's third row).
 */
final class SlotErrors {

    private SlotErrors() {
    }

    static InvalidInput onRows(InvalidInput invalid, List<Integer> rows) {
        List<InvalidInput.FieldError> errors = invalid.fieldErrors().stream().map(error -> {
            if (!error.field().startsWith("slot-")) {
                return error;
            }
            int given = Integer.parseInt(error.field().substring("slot-".length()));
            int row = given < rows.size() ? rows.get(given) : Math.min(rows.size(), ProposeMeetingView.ROWS - 1);
            return new InvalidInput.FieldError("slot-" + row, error.messageKey(), error.arguments());
        }).toList();
        return new InvalidInput(errors);
    }
}
