/**
 * The practice library: members describe a project of theirs as a practice sheet in the structure of the network's
 * publications (the project in a few words, the approach, the vision, strengths and weaknesses), in French, Dutch or
 * English with optional translations, with themes and publics, partner organisations, pictures and attachments.
 * The coordinator reviews a sheet before it is published, for everyone or for members only. Members ask the authors
 * a question or say their organisation wants to try it; the sheet shows how many organisations took it up. Owns the
 * sheets' search (an in-memory index of the published sheets), their page, print and PDF.
 */
package eu.socialmap.practice;
