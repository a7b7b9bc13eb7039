-- Data.ByteString.Builder.Extra.runBuilder: driving a Builder by hand
-- through buffers of chosen sizes (BufferWriter, Next: Done, More, Chunk).
import Data.ByteString.Builder
import Data.ByteString.Builder.Extra
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as C
import qualified Data.ByteString.Internal as BI
import Foreign.ForeignPtr (withForeignPtr)

-- Runs the writer in buffers of the given size (or the size More asks
-- for, when larger), listing what each step gave.
drive :: Int -> BufferWriter -> IO [String]
drive size w = do
  fp <- BI.mallocByteString size
  (n, next) <- withForeignPtr fp (\p -> w p size)
  let got = show (B.take n (BI.PS fp 0 size))
  case next of
    Done -> return [got ++ " Done"]
    More m w' -> ((got ++ " More " ++ show m) :) <$> drive (max size m) w'
    Chunk bs w' -> ((got ++ " Chunk " ++ show bs) :) <$> drive size w'

main :: IO ()
main = do
  let b = string7 "hello, " <> intDec 123456 <> char7 ' ' <> byteStringInsert (C.pack "INS")
            <> string7 "world" <> flush <> wordHex 48879 <> byteString (C.replicate 30 'z')
  mapM_ (\s -> drive s (runBuilder b) >>= mapM_ putStrLn) [8, 16, 64]
  drive 4 (runBuilder (intDec 1 <> doubleDec 3.25)) >>= mapM_ putStrLn
  drive 10 (runBuilder mempty) >>= mapM_ putStrLn
  drive 10 (runBuilder (stringUtf8 "λx" <> byteStringCopy (C.pack "0123456789abcdef"))) >>= mapM_ putStrLn
