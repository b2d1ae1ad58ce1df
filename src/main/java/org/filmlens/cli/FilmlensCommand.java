package org.filmlens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Mixin;

/**
 * The top of the command tree; see docs/cli.md for the contract. It takes the options every command takes, so that
 * "filmlens --workspace DIR search …" works as "filmlens search --workspace DIR …" does.
 */
// --help and --version inherited, so "filmlens quotes --help" prints the command's own usage
@Command(name = "filmlens", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "Filmlens 0.1",
        description = "A workbench for studying a film through what has been written about it.",
        subcommands = {IngestCommand.class, SourcesCommand.class, ShowCommand.class, PassagesCommand.class,
                SearchCommand.class, QuotesCommand.class, CharactersCommand.class, ArcCommand.class,
                ScenesCommand.class, EndingCommand.class, AnnotateCommand.class,
                AnnotationsCommand.class, ExportCommand.class, ImportCommand.class})
final class FilmlensCommand implements CommonOptions.Holder {
    @Mixin
    CommonOptions common;

    @Override
    public CommonOptions common() {
        return common;
    }
}
