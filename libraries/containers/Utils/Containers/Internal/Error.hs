-- hs2stg: containers' `error` calls, with the call stack GHC's containers
-- reports (its source file, line and column of the `error` call), so that
-- messages read exactly as with the real package.
module Utils.Containers.Internal.Error (containersError) where

import Control.Exception (ErrorCall (ErrorCallWithLocation), throw)

-- containersError "Data/Map/Internal.hs" "Data.Map.Internal" line col message
containersError :: String -> String -> Int -> Int -> String -> a
containersError file modl line col msg =
  throw
    ( ErrorCallWithLocation
        msg
        ( "CallStack (from HasCallStack):\n  error, called at libraries/containers/containers/src/"
            ++ file ++ ":" ++ show line ++ ":" ++ show col
            ++ " in containers-0.6.4.1:" ++ modl
        )
    )
