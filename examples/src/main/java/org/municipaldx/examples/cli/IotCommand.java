package org.municipaldx.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dx iot …}: sensor data commands. */
@Command(name = "iot", mixinStandardHelpOptions = true,
    description = "Sensor data: the environmental compliance report of uplinks or readings; the MQTT subscriber.",
    subcommands = {IotComplianceCommand.class, IotSubscribeCommand.class})
public final class IotCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
        + spec.subcommands().keySet());
  }
}
