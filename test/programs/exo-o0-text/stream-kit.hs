{-# LANGUAGE OverloadedStrings #-}
-- Hand-written text streams: producers and transformers built from the
-- fusion framework's own types (Stream, Step, strict pairs, the RS and Scan
-- states) and turned into Text with unstream; a small number parser on
-- the internal reader type with its strict accumulator; iteration over a
-- Text's code units; lazy Text as a list and as a printf argument.
import qualified Data.Text as T
import qualified Data.Text.Lazy as TL
import Data.Text.Internal.Fusion (stream, unstream)
import Data.Text.Internal.Fusion.Types
import Data.Text.Internal.Fusion.Size (exactSize, unknownSize)
import Data.Text.Internal.Read (IParser (..), T (..), digitToInt, perhaps)
import Data.Text.Unsafe (Iter (..), iter, reverseIter, lengthWord16)
import Data.Text.Internal (Text (..))
import qualified GHC.Exts as Exts
import Text.Printf (printf)
import Data.Char (isDigit, toUpper)

-- the characters 'a'.. counting up, paired with a countdown, as a stream
countdown :: Int -> Stream Char
countdown n = Stream next (n :*: 'a') (exactSize n)
  where
    next (0 :*: _) = Done
    next (k :*: c) = Yield c ((k - 1) :*: succ c)

-- doubles every character: RS states hold what is still to be emitted
stutter :: Stream Char -> Stream Char
stutter (Stream next0 s0 len) = Stream next (RS0 s0) (len + len)
  where
    next (RS0 s) = case next0 s of
      Done -> Done
      Skip s' -> Skip (RS0 s')
      Yield c s' -> Yield c (RS1 s' (fromIntegral (fromEnum c)))
    next (RS1 s w) = Yield (toEnum (fromIntegral w)) (RS0 s)
    next (RS2 s _ w) = Yield (toEnum (fromIntegral w)) (RS0 s)
    next (RS3 s _ _ w) = Yield (toEnum (fromIntegral w)) (RS0 s)

-- emits a separator first, then runs the wrapped stream (Scan states)
prefixed :: Char -> Stream Char -> Stream Char
prefixed sep (Stream next0 s0 _) = Stream next (Scan1 sep s0) unknownSize
  where
    next (Scan1 c s) = Yield c (Scan2 c s)
    next (Scan2 c s) = case next0 s of
      Done -> Done
      Skip s' -> Skip (Scan2 c s')
      Yield x s' -> Yield (if x == ' ' then c else x) (Scan2 c s')

-- a triple-packed stream state (RS2/RS3) from three texts interleaved
braid :: T.Text -> T.Text -> T.Text -> T.Text
braid a b c = unstream (Stream next (RS3 (0 :: Int) 0 0 0) unknownSize)
  where
    n = minimum [T.length a, T.length b, T.length c]
    next (RS3 i _ _ _)
      | i >= n = Done
      | otherwise = Yield (T.index a i) (RS2 i 1 0)
    next (RS2 i w _) = Yield (T.index (if w == 1 then b else c) i) (if w == 1 then RS2 i 2 0 else RS1 i 0)
    next (RS1 i _) = Skip (RS3 (i + 1) 0 0 0)
    next (RS0 _) = Done

-- a number with an optional fraction, accumulated in the reader's T
number :: IParser T.Text Double
number = do
  T whole _ <- digits (T 0 0)
  T frac places <- perhaps (T 0 0) (char '.' >> digits (T 0 0))
  return (fromIntegral whole + fromIntegral frac / 10 ^ places)
  where
    digits acc = P (\t -> let (ds, rest) = T.span isDigit t
                              T v k = T.foldl' (\(T v' k') c -> T (v' * 10 + fromIntegral (digitToInt c)) (k' + 1)) acc ds
                          in if T.null ds then Left "digits expected" else Right (T v k, rest))
    char c = P (\t -> case T.uncons t of
                        Just (x, rest) | x == c -> Right ((), rest)
                        _ -> Left ("expected " ++ [c]))

-- code units of a Text, walked with Iter (a character and its width)
widths :: T.Text -> [(Char, Int)]
widths t@(Text _ _ len) = go 0
  where
    go i
      | i >= len = []
      | otherwise = let Iter c d = iter t i in (c, d) : go (i + d)

-- any list-like container from a list, whole and cut to three items
{-# NOINLINE listed #-}
listed :: Exts.IsList l => [Exts.Item l] -> (l, l)
listed xs = (Exts.fromList xs, Exts.fromListN 3 (take 3 xs))

firstIter :: T.Text -> Iter
firstIter t = if T.null t then Iter '\0' 0 else Iter (T.head t) 1

main :: IO ()
main = do
  print (unstream (countdown 5), unstream (stutter (countdown 3)), unstream (stutter (stream "héllo")))
  print (unstream (prefixed '_' (stream "split these words")), unstream (prefixed '>' (stutter (stream "ab"))))
  print (braid "abc" "123" "xyz!", braid "" "1" "2")
  print (map (runP number) ["3.25 rest", "42", ".5", "7.x"])
  print (widths "a\233\120120z", (\(Iter c d) -> (c, d)) (firstIter "q"), (\(Iter c d) -> (c, d)) (firstIter ""))
  let t = "ascii\8364" :: T.Text
      (c0, d0) = reverseIter t (lengthWord16 t - 1)
  print (c0, d0)
  -- lazy Text as a list
  let (lt, lt3) = listed "lazy list" :: (TL.Text, TL.Text)
  print (lt, Exts.toList (TL.toUpper lt), lt3, TL.length (fst (listed (replicate 5 'z'))))
  -- and as a printf argument
  printf "%s|%10s|%-6s|%c\n" lt (TL.pack "right") (TL.pack "left") 'x'
  printf "%.3s and %s\n" (TL.pack "truncated") (TL.fromChunks ["two ", "chunks"])
  let row :: TL.Text -> Int -> String
      row = printf "%-8s%4d"
  mapM_ (putStrLn . row (TL.map toUpper "item")) [1, 22, 333]
