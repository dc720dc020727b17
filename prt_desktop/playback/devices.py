"""The sound output devices PortAudio can see, for the Settings page and `best_output`.

Qt-free. Nothing here raises because sound is missing: no PortAudio library, no devices, or a
PortAudio error all give an empty list, so the app simply runs with captions only.

PortAudio lists devices only when it initialises; `rescan_output_devices` initialises it again
to see headphones plugged in since. That ends every open stream, so call it only when nothing is
playing (the Settings page stops its own test sound first, and no practice runs while it is shown).
"""

from __future__ import annotations

import logging
from typing import Any

from prt_desktop.playback.output import NoOutputDevice, OutputDevice, _import_sounddevice

log = logging.getLogger(__name__)

# PortAudio's host API names, shortened for people reading a list of devices.
_SHORT_HOST_NAMES = {
    "JACK Audio Connection Kit": "JACK",
    "Windows WASAPI": "WASAPI",
    "Windows WDM-KS": "WDM-KS",
    "Windows DirectSound": "DirectSound",
}


def device_label(device: OutputDevice) -> str:
    """The device as a person reads it: its name and its host API, e.g. "system (JACK)"."""
    return f"{device.name} ({_SHORT_HOST_NAMES.get(device.host_api, device.host_api)})"


def list_output_devices() -> list[OutputDevice]:
    """Every device with output channels, in PortAudio's order; empty when there is no sound."""
    try:
        sd = _import_sounddevice()
    except NoOutputDevice as error:
        log.warning("No output devices listed: %s", error)
        return []
    try:
        return _output_devices(sd)
    except Exception:  # a PortAudio error must not take the Settings page down
        log.exception("Could not list the sound output devices")
        return []


def rescan_output_devices() -> list[OutputDevice]:
    """Initialise PortAudio again (it lists devices only then) and list the outputs.

    Ends any open PortAudio stream: call it only when nothing is playing.
    """
    try:
        sd = _import_sounddevice()
    except NoOutputDevice as error:
        log.warning("No output devices listed: %s", error)
        return []
    try:
        sd._terminate()
        sd._initialize()
    except Exception:
        log.exception("Could not look for sound devices again")
        return []
    return list_output_devices()


def find_output_device(name: str) -> OutputDevice | None:
    """The output device called `name`, or None if it is not connected now."""
    return match_output_device(list_output_devices(), name)


def match_output_device(devices: list[OutputDevice], name: str) -> OutputDevice | None:
    """The device among `devices` that the saved `name` means, or None.

    `name` is a device's name, or its `device_label` where devices of several host APIs share a
    name (Windows lists the same speakers under MME, DirectSound and WASAPI). Among devices that
    share the name, the one of the system default's host API comes first.
    """
    for device in devices:
        if device_label(device) == name:
            return device
    named = [device for device in devices if device.name == name]
    default_api = next((device.host_api for device in devices if device.is_default), None)
    named.sort(key=lambda device: device.host_api != default_api)
    return named[0] if named else None


def setting_name(device: OutputDevice, devices: list[OutputDevice]) -> str:
    """What to save to find `device` again: its name, or its label where the name is shared."""
    shared = sum(1 for other in devices if other.name == device.name) > 1
    return device_label(device) if shared else device.name


def _output_devices(sd: Any) -> list[OutputDevice]:
    host_apis = sd.query_hostapis()
    try:
        default_index = int(sd.query_devices(kind="output")["index"])
    except (sd.PortAudioError, ValueError, KeyError, TypeError):
        default_index = -1  # devices but no default: possible on a half-configured system
    devices = []
    for info in sd.query_devices():
        channels = int(info.get("max_output_channels", 0))
        if channels < 1:
            continue
        index = int(info["index"])
        devices.append(OutputDevice(
            name=str(info["name"]), samplerate=int(info["default_samplerate"]),
            channels=min(2, channels), host_api=str(host_apis[int(info["hostapi"])]["name"]),
            index=index, is_default=index == default_index,
        ))
    return devices
