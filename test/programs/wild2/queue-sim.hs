{-# LANGUAGE BangPatterns #-}
-- A bank-queue simulation with a hand-written linear congruential generator,
-- exponential inter-arrival times, and statistics with Double formatting.
module Main (main) where

import Data.Word (Word64)
import Data.Bits (shiftR)
import Text.Printf (printf)
import Data.List (foldl')

newtype Gen = Gen Word64

next :: Gen -> (Double, Gen)
next (Gen s) = let s' = s * 6364136223846793005 + 1442695040888963407
               in (fromIntegral (s' `shiftR` 11) / 9007199254740992, Gen s')

expo :: Double -> Gen -> (Double, Gen)
expo rate g = let (u, g') = next g in (negate (log (1 - u)) / rate, g')

data Stats = Stats { served :: !Int, totalWait :: !Double, maxWait :: !Double, busy :: !Double }

simulate :: Int -> Double -> Double -> Gen -> Stats
simulate n arrRate svcRate g0 = go n 0 0 g0 (Stats 0 0 0 0)
  where
    go 0 _ _ _ st = st
    go !k !clock !free g st =
      let (ia, g1) = expo arrRate g
          (sv, g2) = expo svcRate g1
          arrive = clock + ia
          start = max arrive free
          wait = start - arrive
      in go (k - 1) arrive (start + sv) g2
            st { served = served st + 1, totalWait = totalWait st + wait, maxWait = max (maxWait st) wait, busy = busy st + sv }

main :: IO ()
main = do
  let (us, _) = foldl' (\(acc, g) _ -> let (u, g') = next g in (u : acc, g')) ([], Gen 42) [1 .. 5 :: Int]
  mapM_ (printf "%.6f\n") (reverse us)
  mapM_ (\rho -> do
           let st = simulate 2000 rho 1.0 (Gen 7)
           printf "rho=%.2f served=%d avgwait=%.3f maxwait=%.3f util=%.1f%%\n" rho (served st) (totalWait st / fromIntegral (served st)) (maxWait st) (100 * busy st / (fromIntegral (served st) / rho)))
    [0.5, 0.8, 0.95 :: Double]
