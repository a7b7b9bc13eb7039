-- Every TerminalMode set and cleared on attributes of all zeros and all
-- ones (a struct termios of our own under the newtype), and read back.
import System.Posix.Terminal
import Foreign
import Unsafe.Coerce
import Numeric
modes :: [TerminalMode]
modes = [InterruptOnBreak, MapCRtoLF, IgnoreBreak, IgnoreCR, IgnoreParityErrors, MapLFtoCR, CheckParity, StripHighBit, StartStopInput, StartStopOutput, MarkParityErrors, ProcessOutput, LocalMode, ReadEnable, TwoStopBits, HangupOnClose, EnableParity, OddParity, EnableEcho, EchoErase, EchoKill, EchoLF, ProcessInput, ExtendedFunctions, KeyboardInterrupts, NoFlushOnInterrupt, BackgroundWriteInterrupt]
mk :: Word8 -> IO TerminalAttributes
mk b = do
  fp <- mallocForeignPtrBytes 60 :: IO (ForeignPtr Word8)
  withForeignPtr fp $ \p -> fillBytes p b 60
  return (unsafeCoerce fp)
flags :: TerminalAttributes -> IO [Word32]
flags t = withForeignPtr (unsafeCoerce t :: ForeignPtr Word8) $ \p -> mapM (\o -> peekByteOff p o :: IO Word32) [0,4,8,12]
main :: IO ()
main = do
  z <- mk 0
  o <- mk 255
  mapM_ (\(i,m) -> do
    a <- flags (withMode z m)
    b <- flags (withoutMode o m)
    c <- flags (withoutMode z m)
    d <- flags (withMode o m)
    putStrLn (show i ++ " on0 " ++ unwords (map (\w -> showOct w "") a) ++ " off1 " ++ unwords (map (\w -> showHex w "") b) ++ " off0 " ++ unwords (map (\w -> showOct w "") c) ++ " on1 " ++ unwords (map (\w -> showHex w "") d) ++ " " ++ show (terminalMode m z, terminalMode m o))) (zip [1..] modes)
