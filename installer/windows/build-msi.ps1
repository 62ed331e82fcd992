<#
.SYNOPSIS
  Builds Netra's per-user Windows installer (.msi) and the portable ZIP, on Windows.

.DESCRIPTION
  1. mvn -Pinstaller -Djavafx.platform=win clean package
       -> target\installer\image\Netra (Netra.exe, app\, runtime\ with JavaFX's DLLs in runtime\bin\javafx)
  2. jpackage @installer\windows\msi.args --app-image ... -> target\installer\Netra-<version>.msi
  3. the same image zipped                                -> target\installer\Netra-<version>-portable.zip
  Needs: a JDK 17 (JAVA_HOME, with jmods\), Maven 3.8+, WiX Toolset 3.x (3.14) - jpackage 17 calls
  candle.exe and light.exe; WiX 4/5 are only understood by jpackage 24 and later.
  The data folder %LOCALAPPDATA%\Netra is not part of the MSI: upgrades and uninstall never touch it.

.PARAMETER SkipBuild
  Reuse target\installer\image\Netra from an earlier run (must have been built on Windows).

.PARAMETER RunTests
  Let Maven run the unit tests too (skipped by default: CI has already run them).

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\windows\build-msi.ps1
#>
[CmdletBinding()]
param(
    [switch]$SkipBuild,
    [switch]$RunTests
)
$ErrorActionPreference = 'Stop'
Set-Location (Resolve-Path (Join-Path $PSScriptRoot '..\..'))

function Tool([string]$name) {
    if ($env:JAVA_HOME -and (Test-Path (Join-Path $env:JAVA_HOME "bin\$name.exe"))) {
        return (Join-Path $env:JAVA_HOME "bin\$name.exe")
    }
    $cmd = Get-Command "$name.exe" -ErrorAction SilentlyContinue
    if (-not $cmd) { throw "$name.exe not found: set JAVA_HOME to a JDK 17 (not a JRE)." }
    return $cmd.Source
}

# --- prerequisites -------------------------------------------------------------------------------
$jpackage = Tool 'jpackage'
$jdkHome = Split-Path (Split-Path $jpackage)
# the JDK's release file, not `java -version`: Windows PowerShell turns a native command's stderr into errors
$javaVersion = ((Get-Content (Join-Path $jdkHome 'release')) -match '^JAVA_VERSION=' -replace '^JAVA_VERSION="?(\d+).*$', '$1') | Select-Object -First 1
if ([int]$javaVersion -lt 17) { throw "JDK $javaVersion at $jdkHome; Netra's runtime needs a JDK 17 or later (JAVA_HOME)." }
if (-not (Test-Path (Join-Path $jdkHome 'jmods\java.base.jmod'))) { throw "$jdkHome has no jmods folder: install a full JDK 17." }

if (-not (Get-Command 'candle.exe' -ErrorAction SilentlyContinue)) {
    # WiX 3.x's installer does not always put itself on PATH
    $wix = Get-Item "${env:ProgramFiles(x86)}\WiX Toolset v3*\bin", "$env:ProgramFiles\WiX Toolset v3*\bin" -ErrorAction SilentlyContinue |
        Sort-Object FullName -Descending | Select-Object -First 1
    if (-not $wix) { throw 'WiX Toolset 3.x not found (candle.exe/light.exe): install WiX 3.14 and put its bin folder on PATH.' }
    $env:PATH = "$($wix.FullName);$env:PATH"
}
Write-Host "JDK $javaVersion at $jdkHome, WiX: $((Get-Command candle.exe).Source)"

# --- 1. app image (jlink + jpackage, Windows JavaFX jars) ------------------------------------------
if (-not $SkipBuild) {
    $mvnArgs = @('-B', '-Pinstaller', '-Djavafx.platform=win', 'clean', 'package')
    if (-not $RunTests) { $mvnArgs += '-DskipTests' }
    & mvn @mvnArgs
    if ($LASTEXITCODE -ne 0) { throw "mvn failed ($LASTEXITCODE)" }
}
$image = 'target\installer\image\Netra'
if (-not (Test-Path "$image\Netra.exe")) { throw "$image\Netra.exe missing: the image was not built on Windows." }
$version = (Get-Content 'target\installer\app-version.txt' -Raw).Trim()

# quick check that the image starts: the console launcher prints the version
& "$image\app\netra-cli.cmd" --version
if ($LASTEXITCODE -ne 0) { throw 'The app image does not start (netra-cli.cmd --version failed).' }

# --- 2. MSI ---------------------------------------------------------------------------------------
Remove-Item "target\installer\Netra-$version.msi" -ErrorAction SilentlyContinue
& $jpackage '@installer/windows/msi.args' --app-image $image --app-version $version --dest 'target\installer'
if ($LASTEXITCODE -ne 0) { throw "jpackage --type msi failed ($LASTEXITCODE)" }

# --- 3. portable ZIP (for PCs where installing is not allowed: unzip anywhere, run Netra\Netra.exe) -
$zip = "target\installer\Netra-$version-portable.zip"
Remove-Item $zip -ErrorAction SilentlyContinue
Compress-Archive -Path $image -DestinationPath $zip

Get-ChildItem "target\installer\Netra-$version*" | Format-Table Name, @{ n = 'MB'; e = { [math]::Round($_.Length / 1MB, 1) } }
