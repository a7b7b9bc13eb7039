-- GHC.IO.Device: a device of the program's own (RawIO over an IORef of
-- bytes, IODevice with only the required methods), the class's default
-- methods, IODeviceType's Eq, SeekMode.
import Control.Exception
import Control.Monad
import Data.IORef
import Data.Word
import Foreign.Marshal.Array
import Foreign.Ptr
import GHC.IO.Device

data Mem = Mem (IORef [Word8]) (IORef Bool)

instance RawIO Mem where
  read (Mem r _) p _ n = do
    bs <- readIORef r
    let (now, rest) = splitAt n bs
    pokeArray p now
    writeIORef r rest
    return (length now)
  readNonBlocking m p off n = Just <$> GHC.IO.Device.read m p off n
  write (Mem r _) p _ n = do
    bs <- peekArray n p
    modifyIORef r (++ bs)
  writeNonBlocking m p off n = GHC.IO.Device.write m p off n >> return n

instance IODevice Mem where
  ready (Mem r _) _ _ = not . null <$> readIORef r
  close (Mem _ c) = writeIORef c True
  devType _ = return Stream

attempt :: String -> IO String -> IO ()
attempt tag act = do
  r <- try act
  putStrLn $ tag ++ ": " ++ either (\e -> "error " ++ show (e :: IOException)) id r

main :: IO ()
main = do
  m@(Mem r c) <- Mem <$> newIORef [] <*> newIORef False
  ready m False 0 >>= print
  withArray [104, 105, 33] $ \p -> GHC.IO.Device.write m p 0 3
  n <- withArray [1, 2] $ \p -> writeNonBlocking m p 0 2
  print n
  readIORef r >>= print
  ready m False 0 >>= print
  allocaArray 4 $ \p -> do
    k <- GHC.IO.Device.read m p 0 4
    xs <- peekArray k p
    print (k, xs)
    j <- readNonBlocking m p 0 4
    print j
  devType m >>= \t -> print (t == Stream, t == RegularFile, [Directory, Stream, RegularFile, RawDevice] == [Directory, Stream, RegularFile, RawDevice])
  attempt "isTerminal" (show <$> isTerminal m)
  attempt "isSeekable" (show <$> isSeekable m)
  attempt "seek" (show <$> seek m AbsoluteSeek 0)
  attempt "tell" (show <$> tell m)
  attempt "getSize" (show <$> getSize m)
  attempt "setSize" (show <$> setSize m 3)
  attempt "setEcho" (show <$> setEcho m True)
  attempt "getEcho" (show <$> getEcho m)
  attempt "setRaw" (show <$> setRaw m True)
  attempt "dup" (const "dup" <$> dup m)
  attempt "dup2" (const "dup2" <$> dup2 m m)
  close m
  readIORef c >>= print
  print [AbsoluteSeek ..]
