#!/usr/bin/python3
# Owns org.freedesktop.secrets on the session bus and never answers a call: a hung keychain.
# Prints "ready" once the name is owned. Needs python3-dbus and python3-gi.
import sys

import dbus
import dbus.lowlevel
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
bus = dbus.SessionBus()
name = dbus.service.BusName("org.freedesktop.secrets", bus)


def swallow(connection, message):
    if message.get_type() == dbus.lowlevel.MESSAGE_TYPE_METHOD_CALL:
        return dbus.lowlevel.HANDLER_RESULT_HANDLED  # no reply, ever
    return dbus.lowlevel.HANDLER_RESULT_NOT_YET_HANDLED


bus.add_message_filter(swallow)
print("ready", flush=True)
GLib.MainLoop().run()
