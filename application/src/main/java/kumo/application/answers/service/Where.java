package kumo.application.answers.service;

/**
 * Where an answer sits, as messages name it.
 *
 * @param path  the violation's path: {@code 回答 Answers!G12} in a workbook, {@code $.answers[3].answer} in JSON
 * @param label what the row is: its requirement ID and item ({@code LAW-02 governingLawJapan}), or the table
 *              and its entry
 * @param row   the row: its number in the sheet, or the entry's position (from 1) in JSON
 * @param cell  the cell: {@code G12}, or the JSON field
 */
record Where(String path, String label, int row, String cell) {
}
