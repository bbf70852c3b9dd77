; Inno Setup script for hfdesk: a per-user installer that needs no administrator rights.
;
; Build dist\hfdesk first (pyinstaller --noconfirm packaging\hfdesk.spec), then, from the
; repository root, with Inno Setup 6.3 or newer:
;
;     iscc packaging\hfdesk.iss
;
; which writes dist\hfdesk-<version>-setup.exe. See packaging\README.md (also for signing).
;
; What it does: copies dist\hfdesk to %LOCALAPPDATA%\Programs\hfdesk, adds a Start menu
; shortcut (and a desktop one if asked), registers an uninstaller for the current user
; (Settings > Apps). What it does not do: ask for admin rights, write outside the user's
; profile, associate file types, touch PATH, or remove the user's data
; (%LOCALAPPDATA%\hfdesk: the database, its backups and the log) on uninstall.

#define AppName "hfdesk"
; The package version (hfdesk/__init__.py, pyproject.toml). tests/test_packaging.py checks
; that this default agrees with them; packaging/build.py passes /DAppVersion=... anyway.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppPublisher "hfdesk team"
; The publisher's web address, shown in Settings > Apps. Empty until there is one;
; give it with /DAppURL=https://... on the iscc command line.
#ifndef AppURL
  #define AppURL ""
#endif

; The bundle must be built, and be of this version: the version resource PyInstaller wrote
; into hfdesk.exe (from hfdesk.__version__) must say the same as AppVersion.
#define BundleDir AddBackslash(SourcePath) + "..\dist\hfdesk"
#define MainExe BundleDir + "\hfdesk.exe"
#if !FileExists(MainExe)
  #error dist\hfdesk\hfdesk.exe is missing: run "pyinstaller --noconfirm packaging\hfdesk.spec" first
#endif
#define ExeVersion GetStringFileInfo(MainExe, "FileVersion")
#if ExeVersion != AppVersion
  #error dist\hfdesk\hfdesk.exe is of another version than AppVersion: rebuild the bundle (packaging\build.py)
#endif

[Setup]
; Identifies the app to Windows and to later installers (upgrades). Never change it.
AppId={{3E883C21-390D-4192-8C4D-0631F8D7D76D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
#if AppURL != ""
AppPublisherURL={#AppURL}
AppSupportURL={#AppURL}
AppUpdatesURL={#AppURL}
#endif
AppCopyright=Copyright (C) {#AppPublisher}
VersionInfoVersion={#GetVersionNumbersString(MainExe)}
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersion}
VersionInfoDescription={#AppName} installasjonsprogram

; Per user, never elevated: runs for a user without admin rights and installs into their
; own profile. No PrivilegesRequiredOverridesAllowed: there is no "for all users" mode.
PrivilegesRequired=lowest
; {userpf} = %LOCALAPPDATA%\Programs, so the app goes to %LOCALAPPDATA%\Programs\hfdesk.
DefaultDirName={userpf}\{#AppName}
DisableDirPage=yes
DisableProgramGroupPage=yes
UsePreviousAppDir=yes

; Qt 6 needs 64-bit Windows 10 or newer.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0

SetupIconFile=..\resources\icons\hfdesk.ico
UninstallDisplayIcon={app}\hfdesk.exe
UninstallDisplayName={#AppName}
WizardStyle=modern
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
; Close a running hfdesk before replacing its files (Restart Manager), and start it again.
CloseApplications=yes
RestartApplications=yes
ShowLanguageDialog=auto

; Signing (see packaging\README.md): iscc /DSign "/Shfdesksign=signtool.exe sign ... $f" packaging\hfdesk.iss
#ifdef Sign
SignTool=hfdesksign
SignedUninstaller=yes
#endif

[Languages]
; The first language is the fallback when Windows' language matches neither.
; Inno Setup's "Norwegian" translation is Norwegian Bokmal.
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no library or module of an older version is left
; beside the new one. (The user's data is not here; it is in %LOCALAPPDATA%\hfdesk.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; hfdesk.exe (windowed), hfdesk-cli.exe (console, for scripts) and _internal\.
Source: "..\dist\hfdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\hfdesk.exe"; WorkingDir: "{app}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\hfdesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\hfdesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
