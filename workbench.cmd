@echo off
rem Deep Learning Workbench launcher for Windows: builds on first use, then starts the app
rem (no arguments) or the headless CLI (run, list, compare, bench, info).
setlocal
set "HERE=%~dp0"
set "TARGET=%HERE%target"
if not exist "%TARGET%\runtime-classpath.txt" (
  echo Building Deep Learning Workbench ^(the first build takes a few minutes^)... 1>&2
  pushd "%HERE%"
  call mvn -B -q -DskipTests package || (popd & exit /b 1)
  popd
)
set /p DEPS=<"%TARGET%\runtime-classpath.txt"
java -Xmx3g -XX:MaxGCPauseMillis=20 %WORKBENCH_JAVA_OPTS% -Dworkbench.datasets="%HERE%datasets" -cp "%TARGET%\classes;%DEPS%" dev.workbench.app.Launcher %*
