package eu.socialmap.practice.entity;

import java.util.Arrays;
import java.util.List;

/**
 * The parts of a practice sheet, in the order of the network's publications, each in its chapter (0: the title and
 * summary above the chapters). Stored by name in {@code practice_text.section}: never rename a constant.
 */
public enum PracticeSection {
    TITLE(0, 200),
    SUMMARY(0, 2_000),
    // 1. the project in a few words
    WHY(1), PROBLEM(1), ACTIVATION(1), TARGET_GROUP(1), EXECUTION(1),
    // 2. the approach
    APPROACH(2), INDIVIDUAL_SUPPORT(2), COLLECTIVE_SUPPORT(2), COMPETENCES(2), ORGANISATION_SUPPORT(2), BUDGET(2),
    // 3. the vision behind the project
    VISION(3),
    // 4. strengths and weaknesses
    STRENGTHS(4), WEAKNESSES(4), FUTURE(4);

    /** A section's longest Markdown text: some twenty pages, far more than any sheet of the seed. */
    public static final int MAX_BODY = 50_000;
    public static final int CHAPTERS = 4;

    private final int chapter;
    private final int maxLength;

    PracticeSection(int chapter) {
        this(chapter, MAX_BODY);
    }

    PracticeSection(int chapter, int maxLength) {
        this.chapter = chapter;
        this.maxLength = maxLength;
    }

    /** 1 to 4; 0 for the title and summary. */
    public int chapter() {
        return chapter;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The title is one plain line; every other section is Markdown. */
    public boolean isMarkdown() {
        return this != TITLE;
    }

    /** Must exist in the sheet's original language. */
    public boolean isRequired() {
        return this == TITLE || this == SUMMARY;
    }

    /** The sections of one chapter, in order. */
    public static List<PracticeSection> ofChapter(int chapter) {
        return Arrays.stream(values()).filter(s -> s.chapter == chapter).toList();
    }
}
