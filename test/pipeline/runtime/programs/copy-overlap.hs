{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- copyMutableArray# and copyArray# with overlapping source and destination
-- in one array behave like memmove.
import GHC.Exts
import GHC.IO (IO (..))

data MArr = MArr (MutableArray# RealWorld Int)

newArr :: Int -> IO MArr
newArr (I# n) = IO (\s -> case newArray# n 0 s of (# s1, a #) -> (# s1, MArr a #))

fill :: MArr -> Int -> IO ()
fill (MArr a) (I# n) = IO (\s -> (# go 0# s, () #))
  where
    go i s = case i ==# n of
      1# -> s
      _ -> go (i +# 1#) (writeArray# a i (I# (i *# 10#)) s)

copy :: MArr -> Int -> Int -> Int -> IO ()
copy (MArr a) (I# from) (I# to) (I# n) =
  IO (\s -> (# copyMutableArray# a from a to n s, () #))

contents :: MArr -> Int -> IO [Int]
contents (MArr a) n = mapM rd [0 .. n - 1]
  where rd (I# i) = IO (\s -> readArray# a i s)

main :: IO ()
main = do
  let n = 10
  m <- newArr n
  fill m n
  copy m 0 3 6 -- destination above the source
  contents m n >>= print
  fill m n
  copy m 4 1 6 -- destination below the source
  contents m n >>= print
  fill m n
  copy m 2 2 5 -- onto itself
  contents m n >>= print
  fill m n
  copy m 0 1 9
  contents m n >>= print
