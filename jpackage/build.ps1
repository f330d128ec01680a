<#
.SYNOPSIS
  Builds the Deep Learning Workbench installers on Windows with jlink and jpackage: an app-image,
  an .msi and an .exe, in <BuildDir>\installer.

.DESCRIPTION
  The Windows counterpart of jpackage/build.sh, which is the source of truth: keep the two in step.
  Steps: Maven package (tests skipped), stage the app jar, the runtime jars (Windows natives only)
  and datasets\, find the JDK modules with jdeps, jlink a trimmed runtime, then jpackage.
  Needs a JDK 17+ (JAVA_HOME), Maven, and for .msi/.exe the WiX Toolset 3.x (candle.exe and
  light.exe on PATH; jpackage 17 does not support WiX 4 or later). See docs/installers.md.

.PARAMETER BuildDir
  Maven's build folder, relative to the repository like -Dbuild.dir (default: target).

.PARAMETER Types
  Installer types to build from the app-image (default: msi, exe).

.PARAMETER AppImageOnly
  Stop after the app-image.

.PARAMETER SkipMaven
  Reuse the jar and runtime-classpath.txt already in BuildDir.

.PARAMETER MavenFlags
  Flags for the Maven package step (default: -B -q; add -o to stay offline).

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File jpackage\build.ps1
#>
param(
    [string]$BuildDir = "target",
    [ValidateSet("msi", "exe")] [string[]]$Types = @("msi", "exe"),
    [switch]$AppImageOnly,
    [switch]$SkipMaven,
    [string]$MavenFlags = "-B -q"
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Repo = Split-Path -Parent $PSScriptRoot
$Packaging = $PSScriptRoot
if (-not [System.IO.Path]::IsPathRooted($BuildDir)) { $BuildDir = Join-Path $Repo $BuildDir }
$Work = Join-Path $BuildDir "installer-work"
$Out = Join-Path $BuildDir "installer"

$AppTitle = "Deep Learning Workbench"
$AppId = "deep-learning-workbench"
$MainClass = "dev.workbench.app.Launcher"
$Vendor = "Deep Learning Workbench contributors"
# Lets a newer installer replace an older one: never change it.
$UpgradeUuid = "9556f7e5-aa4d-4e85-84d0-1224391234c2"
# -Xmx also caps ND4J's off-heap memory (JavaCPP's default maxBytes is the heap limit).
# Short GC pauses keep the window smooth while a model trains (same options as workbench.cmd).
# Single quotes: jpackage, not PowerShell, expands $APPDIR (the app-image's app folder).
$JavaOptions = @("-Xmx3g", "-XX:MaxGCPauseMillis=20", '-Dworkbench.datasets=$APPDIR\datasets')

function Write-Step([string]$Message) { Write-Host "==> $Message" }

function Invoke-Tool([string]$Tool, [string[]]$Arguments) {
    & $Tool @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Tool failed with exit code $LASTEXITCODE" }
}

function Find-JdkTools {
    if (-not $env:JAVA_HOME) {
        $javac = Get-Command javac -ErrorAction SilentlyContinue
        if (-not $javac) { throw "No JDK found: set JAVA_HOME to a JDK 17+ (a JRE has no jlink/jpackage)" }
        $env:JAVA_HOME = Split-Path -Parent (Split-Path -Parent $javac.Source)
    }
    foreach ($tool in "jdeps", "jlink", "jpackage") {
        if (-not (Test-Path (Join-Path $env:JAVA_HOME "bin\$tool.exe"))) {
            throw "$env:JAVA_HOME\bin\$tool.exe not found: JAVA_HOME must be a full JDK 17+"
        }
    }
    return Join-Path $env:JAVA_HOME "bin"
}

function Invoke-MavenPackage {
    Write-Step "Maven package (tests skipped) into $BuildDir"
    Push-Location $Repo
    try {
        Invoke-Tool "mvn" (($MavenFlags -split '\s+' | Where-Object { $_ }) + @("-Dbuild.dir=$BuildDir", "-DskipTests", "package"))
    } finally {
        Pop-Location
    }
}

function Read-ProjectMetadata {
    $propertiesFile = Join-Path $BuildDir "maven-archiver\pom.properties"
    if (-not (Test-Path $propertiesFile)) { throw "$propertiesFile missing: run without -SkipMaven" }
    $properties = Get-Content -Raw $propertiesFile | ConvertFrom-StringData
    $pom = [xml](Get-Content -Raw (Join-Path $Repo "pom.xml"))
    # Installers want a purely numeric version: 0.2.0-SNAPSHOT becomes 0.2.0.
    $version = ($properties.version -split '-')[0]
    if ($version -notmatch '^\d+(\.\d+){0,2}$') { throw "Cannot turn version '$($properties.version)' into an installer version" }
    $mainJar = "$($properties.artifactId)-$($properties.version).jar"
    if (-not (Test-Path (Join-Path $BuildDir $mainJar))) { throw "$mainJar missing in $BuildDir: run without -SkipMaven" }
    return @{ Version = $version; MainJar = $mainJar; Description = $pom.project.description.Trim() }
}

# The runtime classpath holds only this OS's natives (the POM's per-OS profiles pick them). Of
# ND4J's two native jars the plain build is left out when the oneDNN build is there.
function Select-RuntimeJars {
    $jars = (Get-Content -Raw (Join-Path $BuildDir "runtime-classpath.txt")).Trim() -split ';'
    foreach ($jar in $jars) {
        if ($jar -match '^(.*[\\/]nd4j-native-\d[^\\/]*-(windows|linux|macosx)-[a-z0-9_]+)\.jar$' -and
                ($jars -contains "$($Matches[1])-onednn.jar")) {
            continue
        }
        $jar
    }
}

function New-StagedInput([string]$MainJar) {
    Write-Step "Staging the app: jar, runtime jars, datasets"
    $inputDir = Join-Path $Work "input"
    if (Test-Path $inputDir) { Remove-Item -Recurse -Force $inputDir }
    New-Item -ItemType Directory -Force $inputDir | Out-Null
    Copy-Item (Join-Path $BuildDir $MainJar) $inputDir
    foreach ($jar in Select-RuntimeJars) { Copy-Item $jar $inputDir }
    Copy-Item -Recurse (Join-Path $Repo "datasets") (Join-Path $inputDir "datasets")
    Get-ChildItem (Join-Path $inputDir "datasets") -Recurse -Include *.py, *.R | Remove-Item
    return $inputDir
}

function New-Runtime([string]$Bin, [string]$InputDir) {
    # --multi-release base: nd4j-api's Java 9 module-info is invalid and makes jdeps fail on 17.
    $jars = (Get-ChildItem (Join-Path $InputDir "*.jar")).FullName
    $output = & (Join-Path $Bin "jdeps.exe") --print-module-deps --ignore-missing-deps --multi-release base -q @jars
    if ($LASTEXITCODE -ne 0 -or -not $output) { throw "jdeps failed" }
    $modules = ($output | Select-Object -Last 1).Trim()
    if ($env:EXTRA_MODULES) { $modules = "$modules,$env:EXTRA_MODULES" }
    Write-Step "jlink runtime with $modules"
    $runtime = Join-Path $Work "runtime"
    if (Test-Path $runtime) { Remove-Item -Recurse -Force $runtime }
    Invoke-Tool (Join-Path $Bin "jlink.exe") @("--add-modules", $modules, "--output", $runtime,
        "--strip-debug", "--no-header-files", "--no-man-pages", "--strip-native-commands", "--compress=2")
    return $runtime
}

function Get-MetadataOptions([hashtable]$Project) {
    return @("--app-version", $Project.Version, "--vendor", $Vendor, "--description", $Project.Description,
        "--copyright", "Copyright $((Get-Date).Year) $Vendor")
}

function Get-LicenseOptions {
    $license = Join-Path $Repo "LICENSE"
    if (Test-Path $license) { return @("--license-file", $license) }
    Write-Step "no LICENSE file at the repository root: packaging without a licence"
    return @()
}

function New-AppImage([string]$Bin, [hashtable]$Project, [string]$InputDir, [string]$Runtime) {
    Write-Step "jpackage app-image '$AppTitle' $($Project.Version)"
    $image = Join-Path $Out $AppTitle
    if (Test-Path $image) { Remove-Item -Recurse -Force $image }
    New-Item -ItemType Directory -Force $Out | Out-Null
    $arguments = @("--type", "app-image", "--dest", $Out, "--name", $AppTitle) + (Get-MetadataOptions $Project) + @(
        "--input", $InputDir, "--main-jar", $Project.MainJar, "--main-class", $MainClass,
        "--runtime-image", $Runtime, "--icon", (Join-Path $Packaging "icons\$AppId.ico"))
    foreach ($option in $JavaOptions) { $arguments += @("--java-options", $option) }
    Invoke-Tool (Join-Path $Bin "jpackage.exe") $arguments
    return $image
}

function New-Installer([string]$Bin, [string]$Type, [hashtable]$Project, [string]$Image) {
    Write-Step "jpackage $Type"
    if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
        throw "WiX Toolset 3.x not found (candle.exe, light.exe on PATH): needed for .$Type"
    }
    Get-ChildItem $Out -Filter "*.$Type" | Remove-Item
    $arguments = @("--type", $Type, "--dest", $Out, "--app-image", $Image, "--name", $AppTitle) +
        (Get-MetadataOptions $Project) + (Get-LicenseOptions) +
        @("--icon", (Join-Path $Packaging "icons\$AppId.ico"),
          "--win-menu", "--win-menu-group", $AppTitle, "--win-shortcut", "--win-dir-chooser",
          "--win-upgrade-uuid", $UpgradeUuid)
    Invoke-Tool (Join-Path $Bin "jpackage.exe") $arguments
}

$started = Get-Date
$bin = Find-JdkTools
if (-not $SkipMaven) { Invoke-MavenPackage }
$project = Read-ProjectMetadata
$inputDir = New-StagedInput $project.MainJar
$runtime = New-Runtime $bin $inputDir
$image = New-AppImage $bin $project $inputDir $runtime
if (-not $AppImageOnly) {
    foreach ($type in $Types) { New-Installer $bin $type $project $image }
}
Write-Step "Done: $Out"
Get-ChildItem $Out | Format-Table Name, Length -AutoSize
Write-Step ("Build took {0:N0} s" -f ((Get-Date) - $started).TotalSeconds)
