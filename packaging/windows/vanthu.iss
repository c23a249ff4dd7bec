; Inno Setup 6 script of VănThư: a per-user installer of the frozen folder (dist\vanthu).
;
;   iscc /DAppVersion=0.1.0 packaging\windows\vanthu.iss      -> dist\VanThu-Setup-0.1.0.exe
;
; (.github/workflows/windows.yml builds it after `pyinstaller packaging/vanthu.spec`.)
;
; * Per user, no administrator: installs into %LOCALAPPDATA%\Programs\VanThu ({userpf}).
; * Start-menu and (optional, ticked) desktop shortcuts to vanthu-app.exe, the window.
; * Installer texts in Vietnamese (first, the default) and English.
; * The data — database, scans, signed files, backups, settings — lives in
;   %LOCALAPPDATA%\VanThu, outside the install folder: this script never writes or deletes
;   anything there, so uninstalling leaves it alone and an upgrade (the same AppId, installed
;   over the old version) keeps it. The program migrates the database itself at its first start
;   after an upgrade, having copied it aside first.
; * Vietnamese.isl is Inno Setup's unofficial Vietnamese translation (Files/Languages/
;   Unofficial in Inno Setup's source); the workflow puts it beside this script.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "VănThư"
#define AppExe "vanthu-app.exe"
#define Dist "..\..\dist\vanthu"

[Setup]
; Never change the AppId: upgrades find the installed version by it.
AppId={{6F1B3C52-8E0A-4C7B-9D51-3A2E7F0C4B18}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=VănThư
DefaultDirName={userpf}\VanThu
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=VanThu-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
SetupIconFile=vanthu.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; a running VănThư is asked to close before files are replaced
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "vi"; MessagesFile: "Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vi.DesktopIcon=Tạo biểu tượng trên màn hình nền
vi.Shortcuts=Biểu tượng:
vi.CommandLine=VănThư — dòng lệnh
vi.Launch=Mở VănThư ngay
vi.DataKept=Dữ liệu văn thư (cơ sở dữ liệu, bản quét, văn bản đã ký, bản sao lưu) vẫn được giữ nguyên tại:%n%1%n%nMuốn xóa hẳn thì xóa thư mục này bằng tay, sau khi đã sao lưu.
vi.BackupFirst=Trước khi nâng cấp, hãy sao lưu dữ liệu (trong VănThư: Công cụ → Sao lưu… → Sao lưu ngay, hoặc lệnh "vanthu backup --out TỆP.zip"). Khi mở lần đầu sau nâng cấp, VănThư tự chép cơ sở dữ liệu sang một bản dự phòng rồi mới chuyển đổi.
en.DesktopIcon=Create a desktop shortcut
en.Shortcuts=Shortcuts:
en.CommandLine=VănThư — command line
en.Launch=Start VănThư now
en.DataKept=The office's data (database, scans, signed documents, backups) is kept in:%n%1%n%nTo remove it for good, delete that folder by hand, after a backup.
en.BackupFirst=Back up the data before upgrading (in VănThư: Tools → Backup…, or "vanthu backup --out FILE.zip"). At its first start after the upgrade VănThư copies the database aside, then converts it.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:Shortcuts}"

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade replaces the program's own folder wholesale (stale modules of an old version must
; not be picked up); {app} never holds data
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k ""{app}\vanthu.exe"" --help"; WorkingDir: "{userdocs}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:Launch}"; Flags: nowait postinstall skipifsilent

[Code]
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\VanThu');
end;

function PrepareToInstall(var NeedsRestart: Boolean): String;
begin
  Result := '';
  { an upgrade over an installed version, with data: remind to back up (not in silent mode) }
  if (not WizardSilent()) and DirExists(DataDir()) and
     FileExists(ExpandConstant('{app}\{#AppExe}')) then
    MsgBox(CustomMessage('BackupFirst'), mbInformation, MB_OK);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir()) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir()]), mbInformation, MB_OK);
end;
