-- | unix-2.7.2.2's System.Posix.Terminal.Common (clean-room, hs2stg):
-- terminal attributes as GHC's, a @ForeignPtr CTermios@ over Linux x86-64's
-- 60-byte struct termios (c_iflag 0, c_oflag 4, c_cflag 8, c_lflag 12,
-- c_cc at 17, c_ispeed 52, c_ospeed 56), so -O1 code that inlines unix's
-- readers peeks the same offsets. The C calls (tcgetattr, tcsetattr, the
-- tc* line controls, cfgetispeed ...) are the machine's uxTermMem#/uxTerm#
-- (src/ministg/primops/terminal.ts, through FFI+Terminal.stg): a
-- descriptor that is no terminal fails with ENOTTY, as the C library's.
-- The with*/without* functions copy the attributes and change the copy.
module System.Posix.Terminal.Common
  ( TerminalAttributes
  , getTerminalAttributes
  , TerminalState (..)
  , setTerminalAttributes
  , CTermios
  , TerminalMode (..)
  , withoutMode
  , withMode
  , terminalMode
  , bitsPerByte
  , withBits
  , ControlCharacter (..)
  , controlChar
  , withCC
  , withoutCC
  , inputTime
  , withTime
  , minInput
  , withMinInput
  , BaudRate (..)
  , inputSpeed
  , withInputSpeed
  , outputSpeed
  , withOutputSpeed
  , sendBreak
  , drainOutput
  , QueueSelector (..)
  , discardData
  , FlowAction (..)
  , controlFlow
  , getTerminalProcessGroupID
  , setTerminalProcessGroupID
  , queryTerminal
  , zz_withBits1
  , zz_inputSpeed1
  ) where

import Control.Exception (ErrorCall (ErrorCallWithLocation), throw)
import Data.Bits (complement, (.&.), (.|.))
import Data.Char (chr, ord)
import Data.Word (Word32, Word8)
import Foreign.C.Error (throwErrnoIfMinus1, throwErrnoIfMinus1_)
import Foreign.C.Types (CInt (..))
import Foreign.ForeignPtr (ForeignPtr, mallocForeignPtrBytes, withForeignPtr)
import Foreign.Marshal.Utils (copyBytes)
import Foreign.Ptr (Ptr)
import Foreign.Storable (peekByteOff, pokeByteOff)
import System.IO.Unsafe (unsafePerformIO)
import System.Posix.Internals (CTermios, c_isatty)
import System.Posix.Types (CSpeed (..), CTcflag (..), Fd (..), ProcessGroupID)

newtype TerminalAttributes = TerminalAttributes (ForeignPtr CTermios)

data TerminalMode
  = InterruptOnBreak
  | MapCRtoLF
  | IgnoreBreak
  | IgnoreCR
  | IgnoreParityErrors
  | MapLFtoCR
  | CheckParity
  | StripHighBit
  | StartStopInput
  | StartStopOutput
  | MarkParityErrors
  | ProcessOutput
  | LocalMode
  | ReadEnable
  | TwoStopBits
  | HangupOnClose
  | EnableParity
  | OddParity
  | EnableEcho
  | EchoErase
  | EchoKill
  | EchoLF
  | ProcessInput
  | ExtendedFunctions
  | KeyboardInterrupts
  | NoFlushOnInterrupt
  | BackgroundWriteInterrupt

data TerminalState = Immediately | WhenDrained | WhenFlushed

data ControlCharacter
  = EndOfFile
  | EndOfLine
  | Erase
  | Interrupt
  | Kill
  | Quit
  | Start
  | Stop
  | Suspend

data BaudRate
  = B0
  | B50
  | B75
  | B110
  | B134
  | B150
  | B200
  | B300
  | B600
  | B1200
  | B1800
  | B2400
  | B4800
  | B9600
  | B19200
  | B38400
  | B57600
  | B115200

data QueueSelector = InputQueue | OutputQueue | BothQueues

data FlowAction = SuspendOutput | RestartOutput | TransmitStop | TransmitStart

foreign import ccall unsafe "tcgetattr" c_tcgetattr :: CInt -> Ptr CTermios -> IO CInt
foreign import ccall unsafe "tcsetattr" c_tcsetattr :: CInt -> CInt -> Ptr CTermios -> IO CInt
foreign import ccall unsafe "cfgetispeed" c_cfgetispeed :: Ptr CTermios -> IO CSpeed
foreign import ccall unsafe "cfgetospeed" c_cfgetospeed :: Ptr CTermios -> IO CSpeed
foreign import ccall unsafe "cfsetispeed" c_cfsetispeed :: Ptr CTermios -> CSpeed -> IO CInt
foreign import ccall unsafe "cfsetospeed" c_cfsetospeed :: Ptr CTermios -> CSpeed -> IO CInt
foreign import ccall unsafe "tcsendbreak" c_tcsendbreak :: CInt -> CInt -> IO CInt
foreign import ccall safe "tcdrain" c_tcdrain :: CInt -> IO CInt
foreign import ccall unsafe "tcflush" c_tcflush :: CInt -> CInt -> IO CInt
foreign import ccall unsafe "tcflow" c_tcflow :: CInt -> CInt -> IO CInt
foreign import ccall unsafe "tcgetpgrp" c_tcgetpgrp :: CInt -> IO CInt
foreign import ccall unsafe "tcsetpgrp" c_tcsetpgrp :: CInt -> CInt -> IO CInt

termiosSize :: Int
termiosSize = 60

iflagAt, oflagAt, cflagAt, lflagAt, ccAt :: Int
iflagAt = 0
oflagAt = 4
cflagAt = 8
lflagAt = 12
ccAt = 17

getTerminalAttributes :: Fd -> IO TerminalAttributes
getTerminalAttributes (Fd fd) = do
  fp <- mallocForeignPtrBytes termiosSize
  withForeignPtr fp $ \p ->
    throwErrnoIfMinus1_ "getTerminalAttributes" (c_tcgetattr fd p)
  return (TerminalAttributes fp)

setTerminalAttributes :: Fd -> TerminalAttributes -> TerminalState -> IO ()
setTerminalAttributes (Fd fd) (TerminalAttributes fp) state =
  withForeignPtr fp $ \p ->
    throwErrnoIfMinus1_ "setTerminalAttributes" (c_tcsetattr fd (action state) p)
  where
    -- TCSANOW, TCSADRAIN, TCSAFLUSH
    action Immediately = 0
    action WhenDrained = 1
    action WhenFlushed = 2

-- | A copy of the attributes with f applied to it.
changed :: TerminalAttributes -> (Ptr CTermios -> IO ()) -> TerminalAttributes
changed (TerminalAttributes old) f = unsafePerformIO $ do
  new <- mallocForeignPtrBytes termiosSize
  withForeignPtr old $ \src -> withForeignPtr new $ \dst -> do
    copyBytes dst src termiosSize
    f dst
  return (TerminalAttributes new)

-- | A reading of the attributes.
reading :: TerminalAttributes -> (Ptr CTermios -> IO a) -> a
reading (TerminalAttributes fp) f = unsafePerformIO (withForeignPtr fp f)

flagWord :: Ptr CTermios -> Int -> IO Word32
flagWord = peekByteOff

-- | The flag field and bit of a mode (Linux's values).
modeBit :: TerminalMode -> (Int, Word32)
modeBit m = case m of
  InterruptOnBreak -> (iflagAt, 0o2) -- BRKINT
  MapCRtoLF -> (iflagAt, 0o400) -- ICRNL
  IgnoreBreak -> (iflagAt, 0o1) -- IGNBRK
  IgnoreCR -> (iflagAt, 0o200) -- IGNCR
  IgnoreParityErrors -> (iflagAt, 0o4) -- IGNPAR
  MapLFtoCR -> (iflagAt, 0o100) -- INLCR
  CheckParity -> (iflagAt, 0o20) -- INPCK
  StripHighBit -> (iflagAt, 0o40) -- ISTRIP
  StartStopInput -> (iflagAt, 0o10000) -- IXOFF
  StartStopOutput -> (iflagAt, 0o2000) -- IXON
  MarkParityErrors -> (iflagAt, 0o10) -- PARMRK
  ProcessOutput -> (oflagAt, 0o1) -- OPOST
  LocalMode -> (cflagAt, 0o4000) -- CLOCAL
  ReadEnable -> (cflagAt, 0o200) -- CREAD
  TwoStopBits -> (cflagAt, 0o100) -- CSTOPB
  HangupOnClose -> (cflagAt, 0o2000) -- HUPCL
  EnableParity -> (cflagAt, 0o400) -- PARENB
  OddParity -> (cflagAt, 0o1000) -- PARODD
  EnableEcho -> (lflagAt, 0o10) -- ECHO
  EchoErase -> (lflagAt, 0o20) -- ECHOE
  EchoKill -> (lflagAt, 0o40) -- ECHOK
  EchoLF -> (lflagAt, 0o100) -- ECHONL
  ProcessInput -> (lflagAt, 0o2) -- ICANON
  ExtendedFunctions -> (lflagAt, 0o100000) -- IEXTEN
  KeyboardInterrupts -> (lflagAt, 0o1) -- ISIG
  NoFlushOnInterrupt -> (lflagAt, 0o200) -- NOFLSH
  BackgroundWriteInterrupt -> (lflagAt, 0o400) -- TOSTOP

-- | Whether a mode is on when its bit is clear: unix's NoFlushOnInterrupt
-- is on without NOFLSH (withMode clears the bit, withoutMode sets it, as
-- GHC-compiled programs show).
inverted :: TerminalMode -> Bool
inverted NoFlushOnInterrupt = True
inverted _ = False

-- | The mode's bit set (True) or cleared.
setBit' :: Bool -> TerminalAttributes -> TerminalMode -> TerminalAttributes
setBit' on t m = changed t $ \p -> do
  let (at, bit) = modeBit m
  v <- flagWord p at
  pokeByteOff p at (if on then v .|. bit else v .&. complement bit)

withoutMode :: TerminalAttributes -> TerminalMode -> TerminalAttributes
withoutMode t m = setBit' (inverted m) t m

withMode :: TerminalAttributes -> TerminalMode -> TerminalAttributes
withMode t m = setBit' (not (inverted m)) t m

terminalMode :: TerminalMode -> TerminalAttributes -> Bool
terminalMode m t = reading t $ \p -> do
  let (at, bit) = modeBit m
  v <- flagWord p at
  return ((v .&. bit /= 0) /= inverted m)

-- CSIZE and its CS5..CS8
csize :: Word32
csize = 0o60

bitsPerByte :: TerminalAttributes -> Int
bitsPerByte t = reading t $ \p -> do
  v <- flagWord p cflagAt
  return $ case v .&. csize of
    0o0 -> 5
    0o20 -> 6
    0o40 -> 7
    0o60 -> 8
    _ -> 0

withBits :: TerminalAttributes -> Int -> TerminalAttributes
withBits t n = changed t $ \p -> do
  v <- flagWord p cflagAt
  let size = case n of
        5 -> 0o0
        6 -> 0o20
        7 -> 0o40
        8 -> 0o60
        _ -> fromIntegral zz_withBits1
  pokeByteOff p cflagAt ((v .&. complement csize) .|. size)

-- | withBits' error for a size outside 5..8, with the call stack text of
-- unix's own `error` call.
zz_withBits1 :: CTcflag
zz_withBits1 =
  throw
    ( ErrorCallWithLocation
        "withBits bit value out of range [5..8]"
        "CallStack (from HasCallStack):\n  error, called at libraries/unix/System/Posix/Terminal/Common.hsc:257:14 in unix-2.7.2.2:System.Posix.Terminal.Common"
    )

-- | c_cc's index of a control character (Linux's VEOF ...).
ccIndex :: ControlCharacter -> Int
ccIndex c = case c of
  EndOfFile -> 4
  EndOfLine -> 11
  Erase -> 2
  Interrupt -> 0
  Kill -> 3
  Quit -> 1
  Start -> 8
  Stop -> 9
  Suspend -> 10

ccByte :: Ptr CTermios -> Int -> IO Word8
ccByte p i = peekByteOff p (ccAt + i)

-- | A control character; Nothing when disabled (_POSIX_VDISABLE, 0).
controlChar :: TerminalAttributes -> ControlCharacter -> Maybe Char
controlChar t c = reading t $ \p -> do
  b <- ccByte p (ccIndex c)
  return (if b == 0 then Nothing else Just (chr (fromIntegral b)))

withCC :: TerminalAttributes -> (ControlCharacter, Char) -> TerminalAttributes
withCC t (c, ch) = changed t $ \p ->
  pokeByteOff p (ccAt + ccIndex c) (fromIntegral (ord ch) :: Word8)

withoutCC :: TerminalAttributes -> ControlCharacter -> TerminalAttributes
withoutCC t c = changed t $ \p -> pokeByteOff p (ccAt + ccIndex c) (0 :: Word8)

-- VTIME and VMIN
inputTime :: TerminalAttributes -> Int
inputTime t = reading t $ \p -> fromIntegral <$> ccByte p 5

withTime :: TerminalAttributes -> Int -> TerminalAttributes
withTime t n = changed t $ \p -> pokeByteOff p (ccAt + 5) (fromIntegral n :: Word8)

minInput :: TerminalAttributes -> Int
minInput t = reading t $ \p -> fromIntegral <$> ccByte p 6

withMinInput :: TerminalAttributes -> Int -> TerminalAttributes
withMinInput t n = changed t $ \p -> pokeByteOff p (ccAt + 6) (fromIntegral n :: Word8)

-- | Linux's speed_t of a rate (B0 0 ... B38400 0o17, B57600 0o10001,
-- B115200 0o10002).
baudWord :: BaudRate -> CSpeed
baudWord b = case b of
  B0 -> 0
  B50 -> 1
  B75 -> 2
  B110 -> 3
  B134 -> 4
  B150 -> 5
  B200 -> 6
  B300 -> 7
  B600 -> 8
  B1200 -> 9
  B1800 -> 10
  B2400 -> 11
  B4800 -> 12
  B9600 -> 13
  B19200 -> 14
  B38400 -> 15
  B57600 -> 0o10001
  B115200 -> 0o10002

wordBaud :: CSpeed -> BaudRate
wordBaud w = case w of
  0 -> B0
  1 -> B50
  2 -> B75
  3 -> B110
  4 -> B134
  5 -> B150
  6 -> B200
  7 -> B300
  8 -> B600
  9 -> B1200
  10 -> B1800
  11 -> B2400
  12 -> B4800
  13 -> B9600
  14 -> B19200
  15 -> B38400
  0o10001 -> B57600
  0o10002 -> B115200
  _ -> zz_inputSpeed1

-- | The error for a speed BaudRate has no constructor for, with the call
-- stack text of unix's own `error` call.
zz_inputSpeed1 :: BaudRate
zz_inputSpeed1 =
  throw
    ( ErrorCallWithLocation
        "unknown baud rate"
        "CallStack (from HasCallStack):\n  error, called at libraries/unix/System/Posix/Terminal/Common.hsc:587:10 in unix-2.7.2.2:System.Posix.Terminal.Common"
    )

inputSpeed :: TerminalAttributes -> BaudRate
inputSpeed t = reading t $ \p -> wordBaud <$> c_cfgetispeed p

outputSpeed :: TerminalAttributes -> BaudRate
outputSpeed t = reading t $ \p -> wordBaud <$> c_cfgetospeed p

withInputSpeed :: TerminalAttributes -> BaudRate -> TerminalAttributes
withInputSpeed t b = changed t $ \p -> () <$ c_cfsetispeed p (baudWord b)

withOutputSpeed :: TerminalAttributes -> BaudRate -> TerminalAttributes
withOutputSpeed t b = changed t $ \p -> () <$ c_cfsetospeed p (baudWord b)

sendBreak :: Fd -> Int -> IO ()
sendBreak (Fd fd) n =
  throwErrnoIfMinus1_ "sendBreak" (c_tcsendbreak fd (fromIntegral n))

drainOutput :: Fd -> IO ()
drainOutput (Fd fd) = throwErrnoIfMinus1_ "drainOutput" (c_tcdrain fd)

discardData :: Fd -> QueueSelector -> IO ()
discardData (Fd fd) q = throwErrnoIfMinus1_ "discardData" (c_tcflush fd (queue q))
  where
    -- TCIFLUSH, TCOFLUSH, TCIOFLUSH
    queue InputQueue = 0
    queue OutputQueue = 1
    queue BothQueues = 2

controlFlow :: Fd -> FlowAction -> IO ()
controlFlow (Fd fd) a = throwErrnoIfMinus1_ "controlFlow" (c_tcflow fd (flow a))
  where
    -- TCOOFF, TCOON, TCIOFF, TCION
    flow SuspendOutput = 0
    flow RestartOutput = 1
    flow TransmitStop = 2
    flow TransmitStart = 3

getTerminalProcessGroupID :: Fd -> IO ProcessGroupID
getTerminalProcessGroupID (Fd fd) =
  fromIntegral <$> throwErrnoIfMinus1 "getTerminalProcessGroupID" (c_tcgetpgrp fd)

setTerminalProcessGroupID :: Fd -> ProcessGroupID -> IO ()
setTerminalProcessGroupID (Fd fd) pgid =
  throwErrnoIfMinus1_ "setTerminalProcessGroupID" (c_tcsetpgrp fd (fromIntegral pgid))

queryTerminal :: Fd -> IO Bool
queryTerminal (Fd fd) = fmap (== 1) (c_isatty fd)
