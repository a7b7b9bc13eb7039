-- System.Posix.Terminal over a pseudo-terminal (the test's stdin is no
-- terminal): attributes read, changed by the pure with*/without* functions,
-- set and read back through the kernel; the line controls; terminal names;
-- a write through the pty; and the errors a descriptor that is no terminal
-- gives.
import Control.Exception
import qualified Data.ByteString.Char8 as B
import Data.Word (Word32, Word8)
import Foreign (ForeignPtr, fillBytes, mallocForeignPtrBytes, pokeByteOff, withForeignPtr)
import System.Posix.IO (closeFd, fdRead, fdWrite, stdInput)
import System.Posix.Terminal
import qualified System.Posix.Terminal.ByteString as TB
import System.Posix.Types (ProcessGroupID)
import Unsafe.Coerce (unsafeCoerce)

baud :: BaudRate -> String
baud b = case b of
  B0 -> "B0"; B50 -> "B50"; B75 -> "B75"; B110 -> "B110"; B134 -> "B134"; B150 -> "B150"
  B200 -> "B200"; B300 -> "B300"; B600 -> "B600"; B1200 -> "B1200"; B1800 -> "B1800"
  B2400 -> "B2400"; B4800 -> "B4800"; B9600 -> "B9600"; B19200 -> "B19200"; B38400 -> "B38400"
  B57600 -> "B57600"; B115200 -> "B115200"

modes :: [TerminalMode]
modes =
  [ InterruptOnBreak, MapCRtoLF, IgnoreBreak, IgnoreCR, IgnoreParityErrors, MapLFtoCR
  , CheckParity, StripHighBit, StartStopInput, StartStopOutput, MarkParityErrors
  , ProcessOutput, LocalMode, ReadEnable, TwoStopBits, HangupOnClose, EnableParity
  , OddParity, EnableEcho, EchoErase, EchoKill, EchoLF, ProcessInput, ExtendedFunctions
  , KeyboardInterrupts, NoFlushOnInterrupt, BackgroundWriteInterrupt ]

chars :: [ControlCharacter]
chars = [EndOfFile, EndOfLine, Erase, Interrupt, Kill, Quit, Start, Stop, Suspend]

describe :: TerminalAttributes -> String
describe a =
  map (\m -> if terminalMode m a then '1' else '0') modes
    ++ " " ++ baud (inputSpeed a) ++ "/" ++ baud (outputSpeed a)
    ++ " bits " ++ show (bitsPerByte a)
    ++ " min " ++ show (minInput a) ++ " time " ++ show (inputTime a)
    ++ " cc " ++ show (map (controlChar a) chars)

attempt :: String -> IO a -> IO ()
attempt what act = do
  r <- try act
  putStrLn $ what ++ ": " ++ either (\e -> "error " ++ show (e :: IOException)) (const "ok") r

main :: IO ()
main = do
  attempt "getTerminalAttributes stdin" (getTerminalAttributes stdInput)
  queryTerminal stdInput >>= print
  (m, s) <- openPseudoTerminal
  queryTerminal s >>= print
  a <- getTerminalAttributes s
  putStrLn (describe a)
  -- every mode off then on, one at a time, on copies (a stays as it was)
  print [(terminalMode md (withoutMode a md), terminalMode md (withMode a md)) | md <- modes]
  let b = (((a `withoutMode` EnableEcho) `withoutMode` ProcessInput) `withMinInput` 1 `withTime` 5 `withBits` 7 `withCC` (Interrupt, '\ETX')) `withoutCC` Quit
      c = b `withInputSpeed` B9600 `withOutputSpeed` B4800 `withMode` TwoStopBits
  putStrLn (describe b)
  putStrLn (describe c)
  putStrLn (describe (a `withInputSpeed` B0 `withOutputSpeed` B115200))
  putStrLn (describe (a `withOutputSpeed` B57600 `withInputSpeed` B1200))
  print [bitsPerByte (withBits a n) | n <- [5 .. 8]]
  print (minInput (withMinInput a 300), inputTime (withTime a (-1)))
  print (controlChar (withCC a (Erase, '\0')) Erase, controlChar (withCC a (EndOfLine, '\200')) EndOfLine)
  putStrLn (describe a)
  setTerminalAttributes s c Immediately
  getTerminalAttributes s >>= putStrLn . describe
  setTerminalAttributes s a WhenDrained
  getTerminalAttributes s >>= putStrLn . describe
  setTerminalAttributes s b WhenFlushed
  getTerminalAttributes s >>= putStrLn . describe
  r <- try (evaluate (bitsPerByte (withBits a 9)))
  case r of
    Left (ErrorCallWithLocation msg loc) -> putStrLn msg >> putStrLn loc
    Right n -> print n
  -- a speed BaudRate has no constructor for (B230400), in a struct of our own
  fp <- mallocForeignPtrBytes 60 :: IO (ForeignPtr Word8)
  withForeignPtr fp $ \p -> fillBytes p 0 60 >> pokeByteOff p 8 (0o10003 :: Word32)
  let odd' = unsafeCoerce fp :: TerminalAttributes
  r2 <- try (evaluate (inputSpeed odd' `seq` ()))
  case r2 of
    Left (ErrorCallWithLocation msg loc) -> putStrLn msg >> putStrLn loc
    Right () -> putStrLn "no error"
  print (bitsPerByte odd', minInput odd', controlChar odd' Erase, terminalMode EnableEcho odd')
  -- the line controls on the pty, then on stdin
  drainOutput s
  discardData s BothQueues
  mapM_ (controlFlow s) [SuspendOutput, RestartOutput]
  sendBreak s 0
  attempt "getTerminalProcessGroupID pty" (getTerminalProcessGroupID s)
  attempt "setTerminalProcessGroupID pty" (setTerminalProcessGroupID s (1 :: ProcessGroupID))
  attempt "setTerminalAttributes stdin" (setTerminalAttributes stdInput a WhenFlushed)
  attempt "drainOutput stdin" (drainOutput stdInput)
  attempt "discardData stdin" (discardData stdInput InputQueue)
  attempt "controlFlow stdin" (controlFlow stdInput TransmitStop)
  attempt "sendBreak stdin" (sendBreak stdInput 1)
  attempt "getTerminalProcessGroupID stdin" (getTerminalProcessGroupID stdInput)
  attempt "getTerminalAttributes 99" (getTerminalAttributes 99)
  -- names
  n <- getSlaveTerminalName m
  putStrLn (takeWhile (not . (`elem` ['0' .. '9'])) n)
  getTerminalName s >>= print . (== n)
  TB.getTerminalName s >>= print . (== B.pack n)
  TB.getSlaveTerminalName m >>= print . (== B.pack n)
  getControllingTerminalName >>= putStrLn
  TB.getControllingTerminalName >>= B.putStrLn
  attempt "getTerminalName stdin" (getTerminalName stdInput)
  -- a line written to the slave reaches the master as the line discipline
  -- makes it (ONLCR: "\r\n")
  _ <- fdWrite s "hello\n"
  fdRead m 100 >>= print
  (m2, s2) <- TB.openPseudoTerminal
  getTerminalAttributes s2 >>= putStrLn . describe
  mapM_ closeFd [s, m, s2, m2]
  attempt "getTerminalAttributes closed" (getTerminalAttributes s)
