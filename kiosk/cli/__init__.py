"""The `pitstop` command line. Command groups of upper layers (ui, sync) plug in through the
`pitstop.commands` entry point group, so this package never imports them."""
