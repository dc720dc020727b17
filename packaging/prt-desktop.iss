; Inno Setup script for the Windows installer of prt-desktop (PRT Practice).
; Made on Windows after `python scripts\build_installer.py`, which runs, when Inno Setup 6 is
; installed:
;   iscc /DAppVersion=0.1.0 /DBundleDir=dist\prt-desktop /DOutputDir=dist packaging\prt-desktop.iss
; A per-user install (no administrator needed), into %LOCALAPPDATA%\Programs\PRT Practice,
; with a Start menu entry. The person's data stays in their own data folder and is never
; touched by installing, updating or uninstalling.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\prt-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif

[Setup]
AppId={{6F0C5B8E-3C1D-4B8A-9E57-2E7D1F4A9C31}
AppName=PRT Practice
AppVersion={#AppVersion}
AppPublisher=prt-desktop
DefaultDirName={autopf}\PRT Practice
DefaultGroupName=PRT Practice
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#OutputDir}
OutputBaseFilename=prt-desktop-{#AppVersion}-setup
SetupIconFile=prt-desktop.ico
UninstallDisplayIcon={app}\prt-desktop.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
DisableProgramGroupPage=yes

[Files]
; The whole one-folder bundle: prt-desktop.exe and _internal\ (Python, Qt, PortAudio from the
; sounddevice wheel, libsndfile, the exercises and, when baked in, the therapist's pack).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\PRT Practice"; Filename: "{app}\prt-desktop.exe"
Name: "{autodesktop}\PRT Practice"; Filename: "{app}\prt-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Put an icon on the desktop"; Flags: unchecked

[Run]
Filename: "{app}\prt-desktop.exe"; Description: "Open PRT Practice now"; Flags: nowait postinstall skipifsilent
