-- unix: signals the program sends itself: handlers run in a thread of
-- their own (waited for with an MVar), Ignore, CatchOnce, signal sets.
import Control.Concurrent.MVar
import System.Posix.Signals
import System.Posix.Process (getProcessID)

main :: IO ()
main = do
  done <- newEmptyMVar
  old <- installHandler sigUSR1 (Catch (putMVar done "caught USR1")) Nothing
  case old of
    Default -> putStrLn "was Default"
    _ -> putStrLn "was something else"
  raiseSignal sigUSR1
  takeMVar done >>= putStrLn
  raiseSignal sigUSR1
  takeMVar done >>= putStrLn
  prev <- installHandler sigUSR1 Ignore Nothing
  case prev of
    Catch _ -> putStrLn "was Catch"
    _ -> putStrLn "was not Catch"
  raiseSignal sigUSR1
  putStrLn "ignored"
  _ <- installHandler sigUSR2 (CatchOnce (putMVar done "once")) Nothing
  pid <- getProcessID
  signalProcess sigUSR2 pid
  takeMVar done >>= putStrLn
  again <- installHandler sigUSR2 Ignore Nothing
  case again of
    Default -> putStrLn "reset to Default"
    _ -> putStrLn "not reset"
  _ <- installHandler sigHUP (CatchInfo (\i -> putMVar done ("info " ++ show (siginfoSignal i)))) Nothing
  raiseSignal sigHUP
  takeMVar done >>= putStrLn
  raiseSignal sigCHLD
  putStrLn "CHLD's default ignores it"
  let s = addSignal sigINT (addSignal sigTERM emptySignalSet)
  print (map (`inSignalSet` s) [sigINT, sigTERM, sigHUP])
  print (inSignalSet sigTERM (deleteSignal sigTERM s))
  print (all (`inSignalSet` fullSignalSet) [sigHUP, sigINT, sigUSR1, sigSYS])
  print (inSignalSet sigINT emptySignalSet)
  print [sigHUP, sigINT, sigKILL, sigUSR1, sigSEGV, sigUSR2, sigPIPE, sigALRM, sigTERM, sigCHLD, sigCONT, sigSTOP, sigTSTP]
  print (nullSignal, keyboardSignal == sigINT, softwareTermination)
