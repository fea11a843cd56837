package kumo.adapters.cli;

import kumo.application.records.PageRequest;
import picocli.CommandLine.Option;

/** Options shared by several store commands, as picocli mixins. */
final class Options {

    private Options() {
    }

    /** {@code --actor NAME}: who makes the change, written into the audit trail. */
    static final class ActorOption {

        @Option(names = "--actor", paramLabel = "NAME",
                description = {"Who makes the change, written into the audit trail. Default: $KUMO_ACTOR, else the OS user name.",
                               "変更する人の名前（監査ログに記録）。既定は環境変数 KUMO_ACTOR、なければ OS のユーザー名。"})
        String name;
    }

    /** {@code --page N --page-size N}: which page of a listing. */
    static final class Paging {

        @Option(names = "--page", paramLabel = "N", defaultValue = "1",
                description = {"Page to show, from 1 (default 1).", "表示するページ（1から、既定は 1）。"})
        int page;

        @Option(names = "--page-size", paramLabel = "N", defaultValue = "50",
                description = {"Rows per page, 1–" + PageRequest.MAX_SIZE + " (default 50).",
                               "1ページの行数（1〜" + PageRequest.MAX_SIZE + "、既定は 50）。"})
        int size;

        /** The message for a value out of range, or {@code null} when both are usable. */
        String problem(CliTexts cli) {
            if (page < 1) {
                return cli.get("error.tooSmall", "--page", page, 1);
            }
            if (size < 1 || size > PageRequest.MAX_SIZE) {
                return cli.get("error.outOfRange", "--page-size", size, 1, PageRequest.MAX_SIZE);
            }
            return null;
        }

        PageRequest request() {
            return new PageRequest(page, size);
        }
    }
}
