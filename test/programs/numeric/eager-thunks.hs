-- Arithmetic thunks whose operands are already evaluated (the plain run
-- computes them where they are built: src/preludes/eager-arith.ts) and
-- thunks a let's body forces first (evaluated in place): the values,
-- wrapping, IEEE results, laziness and the order of effects must stay
-- GHC's.
import Control.Exception
import Debug.Trace

-- x and y evaluated by the guard; the thunks below use them.
mandelStep :: Double -> Double -> Double -> Double -> Int -> Int
mandelStep cr ci x y i
  | i >= 50 = i
  | x * x + y * y > 4 = i
  | otherwise = mandelStep cr ci (x * x - y * y + cr) (2 * x * y + ci) (i + 1)

-- Int arithmetic on evaluated operands wraps as GHC's does.
wrapping :: Int -> Int -> [Int]
wrapping a b
  | a > 0, b > 0 = [a + b, a * b, a - negate b, negate a - b, a * a * b]
  | otherwise = []

-- An unused thunk over an evaluated operand and bottom stays unevaluated.
unusedBottom :: Double -> Double
unusedBottom x
  | x > 0 =
      let never = x * (undefined :: Double)
          used = x * 2
       in if x > 1e300 then never else used
  | otherwise = 0

-- Division by zero: Int `div` is not total (never computed early), Double's is.
divisions :: Int -> Double -> (Int, Double, Double, Double)
divisions n d
  | n >= 0, d >= 0 =
      let q = n `div` 0
          inf = 1 / d
          nan = d / d
          negZero = negate d
       in (if n > 100 then q else n, inf, nan, negZero)
  | otherwise = (0, 0, 0, 0)

-- Float as well.
floats :: Float -> Float -> [Float]
floats a b
  | a > b = [a * b, a / b, a - b, negate (a + b), sqrt a]
  | otherwise = []

-- The order effects happen in: the thunk the body forces first goes first.
traced :: Int -> Int -> Int
traced a b
  | a > 0 =
      let p = trace "p forced" (a + 1)
          q = trace "q forced" (b + 2)
       in q + p
  | otherwise = 0

-- A call that forces its first argument first ((&&)): that thunk goes first,
-- the second only when (&&) takes it.
tracedAnd :: Int -> Int -> Bool
tracedAnd a b =
  let p = trace "and: p forced" (a > 0)
      q = trace "and: q forced" (b - 1 > 0)
   in q && p

-- Which of two failing operands raises: the one forced first.
firstError :: Int -> Int -> Int
firstError a b =
  let l = if a > 0 then error "left first" else a
      r = if b > 0 then error "right first" else b
   in r + l

-- A lazy field opened inside a thunk is not taken as evaluated.
lazyField :: Maybe Double -> Double -> Double
lazyField m z
  | z > 0 = case m of
      Just v -> let w = v * z in if z > 10 then w else z
      Nothing -> z
  | otherwise = 0

-- Evaluated by seq, then used in a thunk that is never forced.
seqThenLazy :: Int -> Int -> Int
seqThenLazy a b = a `seq` let t = a * b in if a > 5 then t else a

-- Strict fields hold values wherever the constructor is matched; a lazy
-- field built evaluated somewhere may still be a thunk (or bottom) elsewhere.
data SP = SP !Double !Int

data LP = LP Double Int

strictPair :: SP -> (Double, Int)
strictPair (SP d n) =
  let dd = d * d
      nn = n * n + 1
   in if n > 3 then (dd, nn) else (d, n)

lazyPair :: LP -> Double
lazyPair (LP d n) = let dd = d * d in if n > 3 then dd else 1

main :: IO ()
main = do
  print [mandelStep cr ci 0 0 0 | cr <- [-2, -1.5 .. 0.5], ci <- [-1, -0.5 .. 1]]
  print (wrapping maxBound 1, wrapping 3037000500 3037000500, wrapping 1 minBound)
  print (wrapping (maxBound `div` 2) 3)
  print (unusedBottom 2, unusedBottom (-1))
  print (divisions 7 0, divisions 7 2.5)
  print (floats 3.5 0, floats 1.0e38 1.0e-38, floats 2 1)
  print (traced 1 2)
  print (tracedAnd 1 1)
  print (tracedAnd 1 5)
  r <- try (evaluate (firstError 1 1))
  print (either (\(ErrorCall m) -> m) show r)
  print (firstError 0 0)
  print (lazyField (Just undefined) 1, lazyField (Just 4) 11, lazyField Nothing 3)
  print (seqThenLazy 2 undefined, seqThenLazy 7 6)
  print (map strictPair [SP 1.5 2, SP (-2.5) 7, SP (0 / 0) 9])
  print (lazyPair (LP undefined 1), lazyPair (LP 2 5), lazyPair (LP 2.0 (length [1, 2, 3, 4])))
  let big = 2 ^ 62 :: Int
  print (seqThenLazy big 4, seqThenLazy 9 (-1))
