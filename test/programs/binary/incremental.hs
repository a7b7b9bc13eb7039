{-# OPTIONS_GHC -Wno-deprecations #-}
-- binary: incremental decoding (runGetIncremental fed with pushChunk,
-- pushChunks and pushEndOfInput), offsets across chunk boundaries,
-- lookAhead/lookAheadM/lookAheadE, remaining, the chunks of the lazy
-- ByteStrings Get returns, and Data.Binary.Get.Internal's Decoder.
import Data.Binary
import Data.Binary.Get
import qualified Data.Binary.Get.Internal as I
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as L

describe :: Show a => Decoder a -> String
describe d = case d of
  Done rest off a -> "Done " ++ show rest ++ " " ++ show off ++ " " ++ show a
  Fail rest off msg -> "Fail " ++ show rest ++ " " ++ show off ++ " " ++ show msg
  Partial _ -> "Partial"

chunks :: [[Word8]] -> L.ByteString
chunks = L.fromChunks . map B.pack

-- a length-prefixed list of Word16s, with the offset after each
items :: Get [(Word16, Int64)]
items = do
  n <- getWord8
  mapM (const ((,) <$> getWord16be <*> bytesRead)) [1 .. n]

main :: IO ()
main = do
  let d0 = runGetIncremental items
  putStrLn (describe d0)
  let d1 = d0 `pushChunk` B.pack [3, 0]
  putStrLn (describe d1)
  let d2 = d1 `pushChunk` B.pack [1, 0, 2, 0]
  putStrLn (describe d2)
  putStrLn (describe (d2 `pushChunk` B.pack [3, 99, 98]))
  putStrLn (describe (pushEndOfInput d2))
  putStrLn (describe (d0 `pushChunks` chunks [[2], [0, 5], [], [0], [6, 7]]))
  putStrLn (describe (pushEndOfInput (pushEndOfInput (d0 `pushChunk` B.pack [0]))))
  putStrLn (describe (runGetIncremental isEmpty `pushChunk` B.empty `pushChunk` B.pack [1]))
  putStrLn (describe (pushEndOfInput (runGetIncremental isEmpty)))
  putStrLn (describe (runGetIncremental (getWord8 >> remaining) `pushChunks` chunks [[1, 2], [3]] & pushEndOfInput))
  let input = chunks [[1, 2, 3], [4], [5, 6, 7, 8, 9]]
  print (runGet ((,,) <$> lookAhead getWord32be <*> getWord16le <*> bytesRead) input)
  print (runGet ((,) <$> lookAheadM (fmap (\w -> if w > 1 then Just w else Nothing) getWord8) <*> bytesRead) input)
  print (runGet ((,) <$> lookAheadM (fmap Just getWord8) <*> bytesRead) input)
  print (runGet ((,) <$> lookAheadE (fmap (\w -> if even w then Right w else Left w) getWord16be) <*> bytesRead) input)
  print (runGet (lookAheadE (Right <$> getWord32le :: Get (Either () Word32)) >>= \e -> (,) e <$> getRemainingLazyByteString) input)
  print (runGet (map B.length . L.toChunks <$> (getWord8 >> getLazyByteString 6)) input)
  print (runGet (map B.length . L.toChunks <$> (skip 2 >> getRemainingLazyByteString)) input)
  print (runGet ((,) <$> getByteString 5 <*> getLazyByteStringNul) (chunks [[1, 2], [3, 4, 5, 6], [7, 0, 8]]))
  print (runGetOrFail (getWord64le >> getWord8) input)
  print (runGet ((,,) <$> getInt16host <*> getWord32host <*> getInt8) (chunks [[255, 255, 1], [0, 0, 0, 128]]))
  print (runGet ((,) <$> getWordhost <*> getDoublehost) (encode (1 :: Word64, 2 :: Word64)))
  -- isolate: bytesRead counts from the isolated part's start
  print (runGet (getWord8 >> isolate 2 (getWord8 >> getWord8 >> bytesRead)) (chunks [[1, 2, 3]]))
  print (runGet (getWord8 >> isolate 3 (getWord8 >> bytesRead >>= \n -> getWord8 >> getWord8 >> return n)) (chunks [[1, 2], [3], [4, 5]]))
  print (runGetOrFail (getWord8 >> isolate 3 (getWord8 >> isEmpty)) (chunks [[1, 2], [3], [4, 5]]))
  print (runGetOrFail (isolate 2 getRemainingLazyByteString) (chunks [[1], [3], [4, 5]]))
  print (I.runGetIncremental getWord8)
  print (I.runGetIncremental (return 'c'))
  print (I.runGetIncremental (fail "no" :: Get ()))
  print (fmap (+ 1) (I.runGetIncremental (return (1 :: Int))))
  case I.runGetIncremental I.bytesRead of
    I.BytesRead unused k -> print (unused, k 5)
    other -> print other
  where
    x & f = f x

type Int64 = ByteOffset
