package org.youcheng.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that only gathers subcommands (graph, place, user): run without one, it is a usage error naming them. */
abstract class CommandFamily implements Runnable {

    @Spec
    CommandSpec spec;

    /** The usage error's words, naming the subcommands. */
    private final String nameOne;

    CommandFamily(String nameOne) {
        this.nameOne = nameOne;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), nameOne);
    }
}
