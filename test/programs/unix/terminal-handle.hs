-- A Handle over a pseudo-terminal's slave (fdToHandle): line-buffered, a
-- terminal, its echo read and set through termios, hSetBuffering's
-- cooked/raw switch (VMIN/VTIME), lines written and read through the line
-- discipline; the closed handle's errors; stdin (no terminal here).
import Control.Exception
import System.IO
import System.Posix.IO (fdToHandle, fdWrite, fdRead)
import System.Posix.Terminal
main :: IO ()
main = do
  (m, s) <- openPseudoTerminal
  h <- fdToHandle s
  hIsTerminalDevice h >>= print
  hGetBuffering h >>= print
  hGetEcho h >>= print
  hSetEcho h False
  hGetEcho h >>= print
  a <- getTerminalAttributes s
  print (terminalMode EnableEcho a, terminalMode ProcessInput a)
  hSetEcho h True
  hGetEcho h >>= print
  setTerminalAttributes s (withMinInput (withTime a 3) 5) Immediately
  hSetBuffering h LineBuffering
  a1 <- getTerminalAttributes s
  print (terminalMode ProcessInput a1, minInput a1, inputTime a1)
  hSetBuffering h (BlockBuffering Nothing)
  a2 <- getTerminalAttributes s
  print (terminalMode ProcessInput a2, minInput a2, inputTime a2)
  hSetBuffering h NoBuffering
  a3 <- getTerminalAttributes s
  print (terminalMode ProcessInput a3, minInput a3, inputTime a3)
  hSetBuffering h LineBuffering
  a4 <- getTerminalAttributes s
  print (terminalMode ProcessInput a4, minInput a4, inputTime a4)
  hGetBuffering h >>= print
  hPutStrLn h "hello"
  hFlush h
  fdRead m 100 >>= print
  _ <- fdWrite m "typed line\nsecond\n"
  hGetLine h >>= print
  hLookAhead h >>= print
  hGetChar h >>= print
  hIsEOF h >>= print
  hGetLine h >>= print
  hIsSeekable h >>= print
  hShow h >>= putStrLn
  hClose h
  r2 <- try (hIsTerminalDevice h) :: IO (Either IOException Bool)
  print r2
  r3 <- try (hGetEcho h) :: IO (Either IOException Bool)
  print r3
  hIsTerminalDevice stdin >>= print
  hGetEcho stdin >>= print
  hSetEcho stdin False
